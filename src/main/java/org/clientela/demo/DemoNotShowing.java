package org.clientela.demo;

/** A wipe asked for when the demo business is not what the database holds: nothing is deleted. */
class DemoNotShowing extends RuntimeException {

    DemoNotShowing() {
        super("The demo business is not loaded; nothing was wiped");
    }
}
