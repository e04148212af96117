package org.clientela.privacy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.clientela.customers.CustomerPanel;
import org.clientela.privacy.internal.export.PersonalDataExport;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The export from the pages: the download itself (the API's archive, for a signed-in session), and
 * on the customer page, for admins and managers only, a bar with the download and the way to
 * register a request from this customer.
 */
@Controller
class PersonalDataPages {

    static final String PANEL = "/privacy/panels/personal-data/";

    private final PersonalDataExport export;

    PersonalDataPages(PersonalDataExport export) {
        this.export = export;
    }

    @Bean
    static CustomerPanel personalDataPanel() {
        return CustomerPanel.of("privacy-export", null, PANEL, CustomerPanel.Slot.TOP, 90);
    }

    @GetMapping("/privacy/customers/{id}/personal-data")
    @PreAuthorize(RightsRequestRoles.MANAGERS)
    void download(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        PersonalDataApi.send(export, id, locale, response);
    }

    /** Empty for whoever may not export: the customer page is open to more people than the export. */
    @GetMapping(PANEL + "{customerId}")
    @PreAuthorize("isAuthenticated()")
    String panel(@PathVariable long customerId, Authentication authentication, Model model) {
        boolean manages = authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()) || "ROLE_MANAGER".equals(a.getAuthority()));
        model.addAttribute("manages", manages);
        model.addAttribute("customerId", customerId);
        return "privacy/personal-data-panel :: panel";
    }
}
