package org.clientela.demo;

import org.clientela.support.ApplicationTest;
import org.springframework.test.context.TestPropertySource;

/** A first start on the embedded database with the demo on: the start itself loads it. */
@ApplicationTest
@TestPropertySource(properties = "clientela.demo=true")
class DemoWorkspaceOnH2Tests extends DemoWorkspaceTests {

    @Override
    long startWithTheDemo() {
        // Loaded while the application started, into a database of its own.
        return 0;
    }
}
