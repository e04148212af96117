package org.clientela.platform.web;

import java.util.List;

import org.clientela.platform.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The change log for administrators: every recorded change, newest first, a page at a time. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPageController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(0, page);
        List<AuditLog.Entry> entries = audit.latest(current, PAGE_SIZE);
        // A "page" of one entry at offset n is the entry at n: is there anything after this page?
        boolean hasNext = !audit.latest((current + 1) * PAGE_SIZE, 1).isEmpty();
        model.addAttribute("entries", entries);
        model.addAttribute("page", current);
        model.addAttribute("hasNext", hasNext);
        model.addAttribute("firstRow", current * PAGE_SIZE + 1);
        model.addAttribute("lastRow", current * PAGE_SIZE + entries.size());
        return "platform/audit";
    }
}
