package org.clientela.privacy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.PersonalDataAnonymiser.Change;
import org.clientela.privacy.internal.erasure.ProspectErasureConflict;
import org.clientela.privacy.internal.erasure.ProspectErasures;
import org.clientela.privacy.internal.erasure.ProspectErasures.ProspectErasureReport;
import org.clientela.privacy.internal.export.ProspectDataExport;
import org.clientela.sales.ProspectDirectory;
import org.clientela.sales.ProspectDirectory.ProspectRef;
import org.clientela.sales.ProspectPanel;
import org.clientela.sales.ProspectPersonalData;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A prospect's personal data on the prospect page: a card that, for admins and managers, downloads
 * everything held about the prospect, and for admins leads to forgetting them — first what will
 * change, told in words (the dry run), then a confirmation, then what changed. A won prospect is the
 * customer it became: the card says so and links to the customer's erasure. Sellers see only who
 * to ask, and are refused the download and the erasure.
 */
@Controller
class ProspectDataPages {

    static final String PANEL = "/privacy/prospects/panel/";

    /** The tables a prospect's erasure changes that have a sentence of their own on the page. */
    static final Set<String> TOLD = Set.of(
            "sales_prospect",
            "sales_prospect_contact",
            "sales_prospect_search_term",
            "sales_activity",
            "sales_call_back",
            "sales_web_lead",
            "sales_business_case",
            "service_promise",
            "audit_entry");

    static final String TABLE_WORDS = "privacy.prospect.erasure.table.";

    private final ProspectDirectory prospects;
    private final ProspectPersonalData sales;
    private final ProspectDataExport export;
    private final ProspectErasures erasures;

    ProspectDataPages(
            ProspectDirectory prospects,
            ProspectPersonalData sales,
            ProspectDataExport export,
            ProspectErasures erasures) {
        this.prospects = prospects;
        this.sales = sales;
        this.export = export;
        this.erasures = erasures;
    }

    @Bean
    static ProspectPanel prospectPersonalDataPanel() {
        return ProspectPanel.of("privacy-prospect-data", "privacy.prospect.panel.title", PANEL, 20);
    }

    @GetMapping(PANEL + "{id}")
    @PreAuthorize("isAuthenticated()")
    String panel(@PathVariable long id, Authentication authentication, Model model) {
        ProspectRef prospect = prospects.findVisible(id).orElseThrow(() -> new NotFoundException("prospect", id));
        model.addAttribute("prospect", prospect);
        model.addAttribute("manages", has(authentication, "ROLE_ADMIN") || has(authentication, "ROLE_MANAGER"));
        model.addAttribute("admin", has(authentication, "ROLE_ADMIN"));
        model.addAttribute("anonymised", sales.anonymised(id));
        return "privacy/prospect-data-panel :: panel";
    }

    @GetMapping("/privacy/prospects/{id}/personal-data")
    @PreAuthorize(RightsRequestRoles.MANAGERS)
    void download(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        ProspectDataApi.send(export, id, locale, response);
    }

    @GetMapping("/privacy/prospects/{id}/erasure")
    @PreAuthorize("hasRole('ADMIN')")
    String preview(@PathVariable long id, Model model) {
        ProspectRef prospect = prospect(id);
        try {
            show(erasures.preview(id), model);
        } catch (ProspectErasureConflict refused) {
            model.addAttribute("customerId", refused.customerId());
            model.addAttribute("refused", true);
        }
        model.addAttribute("prospect", prospect);
        return "privacy/prospect-erasure";
    }

    @PostMapping("/privacy/prospects/{id}/erasure")
    @PreAuthorize("hasRole('ADMIN')")
    String forget(@PathVariable long id, @RequestParam(required = false) boolean confirmed, Model model) {
        prospect(id);
        try {
            if (confirmed) {
                show(erasures.anonymise(id), model);
                model.addAttribute("done", true);
            } else {
                show(erasures.preview(id), model);
                model.addAttribute("confirmationError", true);
            }
        } catch (ProspectErasureConflict refused) {
            model.addAttribute("customerId", refused.customerId());
            model.addAttribute("refused", true);
        }
        // Read again: after the erasure the name is the marker, never the words just erased.
        model.addAttribute("prospect", prospect(id));
        return "privacy/prospect-erasure";
    }

    private ProspectRef prospect(long id) {
        return prospects.find(id).orElseThrow(() -> new NotFoundException("prospect", id));
    }

    /**
     * One sentence of the page: what happens to one table's rows, told in words.
     *
     * @param key   the sentence's message key (a table this page knows, or the words for any other)
     * @param rows  the values changed in the table
     * @param table the table, for the sentence of a table this page does not know
     */
    record Line(String key, long rows, String table) {}

    /** The report and the page's sentences, one per table, in the order the changes came. */
    private static void show(ProspectErasureReport report, Model model) {
        Map<String, Long> tables = new LinkedHashMap<>();
        for (Change change : report.changes()) {
            tables.merge(change.table(), change.rows(), Long::sum);
        }
        model.addAttribute("report", report);
        model.addAttribute(
                "lines",
                tables.entrySet().stream()
                        .map(t -> new Line(
                                TOLD.contains(t.getKey()) ? TABLE_WORDS + t.getKey() : TABLE_WORDS + "other",
                                t.getValue(),
                                t.getKey()))
                        .toList());
        model.addAttribute("marker", ProspectPersonalData.marker(report.prospectId()));
    }

    private static boolean has(Authentication authentication, String role) {
        return authentication.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }
}
