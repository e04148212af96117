package org.clientela.demo;

import org.clientela.support.ApplicationTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A first start on the embedded database with the demo on: the start itself loads it. The
 * configuration is that of {@link StartupReadinessTests}, its {@link StartupObserver} included
 * (which only records), so that the two share one application and one demo load: that test only
 * reads what its observer saw during the start and the health endpoints, which the wipe here
 * leaves as they were.
 */
@ApplicationTest
@TestPropertySource(properties = "clientela.demo=true")
@Import(StartupObserver.class)
class DemoWorkspaceOnH2Tests extends DemoWorkspaceTests {

    @Override
    long startWithTheDemo() {
        // Loaded while the application started, into a database of its own.
        return 0;
    }
}
