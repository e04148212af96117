package org.clientela.privacy.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clientela.customers.CustomerDirectory;
import org.clientela.privacy.internal.erasure.ProspectRetentionSettings;
import org.clientela.privacy.internal.erasure.RetentionRun;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention periods' preview: what the next daily run would block and anonymise, before anyone
 * lets it run; an admin may run it now. Managers see the preview.
 */
@Controller
class RetentionPeriodPages {

    static final int SHOWN = 100;

    private final RetentionRun run;
    private final CustomerDirectory customers;
    private final ProspectRetentionSettings prospects;

    RetentionPeriodPages(RetentionRun run, CustomerDirectory customers, ProspectRetentionSettings prospects) {
        this.run = run;
        this.customers = customers;
        this.prospects = prospects;
    }

    @GetMapping("/privacy/retention")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    String preview(Model model) {
        RetentionRun.Outcome next = run.preview(SHOWN);
        List<Long> ids = next.first().stream().map(RetentionRun.Due::customerId).toList();
        Map<Long, CustomerDirectory.CustomerRef> refs = customers.findAll(ids);
        model.addAttribute("next", next);
        model.addAttribute("prospectMonths", prospects.prospectMonths());
        model.addAttribute(
                "numbers",
                refs.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().customerNumber())));
        return "privacy/retention";
    }

    @PostMapping("/privacy/retention/run")
    @PreAuthorize("hasRole('ADMIN')")
    String runNow(RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "flash", run.runNow(0).isPresent() ? "privacy.retention.ran" : "privacy.retention.busy");
        return "redirect:/privacy/retention";
    }
}
