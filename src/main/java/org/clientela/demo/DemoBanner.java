package org.clientela.demo;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether to show the demo banner with its wipe button (see the layout). */
@ControllerAdvice
class DemoBanner {

    private final DemoState state;

    DemoBanner(DemoState state) {
        this.state = state;
    }

    @ModelAttribute("demoActive")
    boolean demoActive() {
        return state.active();
    }
}
