package org.clientela.customers.web;

import org.clientela.customers.internal.UnownedCustomers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customers nobody looks after, for whoever hands them out: those never given to anyone, and the
 * ones a deactivated person left behind. Everyone who may see customers may see this list.
 */
@Controller
class UnownedCustomersPages {

    private static final int PAGE_SIZE = 25;

    private final UnownedCustomers unowned;

    UnownedCustomersPages(UnownedCustomers unowned) {
        this.unowned = unowned;
    }

    @GetMapping("/customers/unassigned")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("results", unowned.page(Math.max(0, page), PAGE_SIZE));
        return "customers/unassigned";
    }
}
