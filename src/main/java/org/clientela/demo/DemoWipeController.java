package org.clientela.demo;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The wipe button of the demo banner (admins only). */
@Controller
class DemoWipeController {

    private final DemoWipe wipe;

    DemoWipeController(DemoWipe wipe) {
        this.wipe = wipe;
    }

    @PostMapping("/demo/wipe")
    @PreAuthorize("hasRole('ADMIN')")
    String wipe(RedirectAttributes redirect) {
        wipe.wipe();
        redirect.addFlashAttribute("flash", "demo.wiped");
        return "redirect:/customers";
    }
}
