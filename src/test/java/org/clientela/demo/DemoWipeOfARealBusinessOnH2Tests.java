package org.clientela.demo;

import org.clientela.support.ApplicationTest;

/** An embedded database started without the demo, then given customers of its own. */
@ApplicationTest
class DemoWipeOfARealBusinessOnH2Tests extends DemoWipeOfARealBusinessTests {}
