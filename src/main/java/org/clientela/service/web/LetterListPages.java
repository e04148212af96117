package org.clientela.service.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.clientela.platform.CsvExport;
import org.clientela.platform.ListLinks;
import org.clientela.service.internal.letters.LetterKind;
import org.clientela.service.internal.letters.LetterList;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The lists of letters (awaiting my approval, my drafts, sent), their export, and a case's letters. */
@Controller
@RequestMapping("/service")
class LetterListPages {

    private static final int PAGE_SIZE = 25;
    /** The columns of the letters export. */
    static final String[] EXPORT_HEADER = {
        "letter_id",
        "case_id",
        "customer_id",
        "customer_name",
        "subject",
        "language",
        "author",
        "status",
        "approved_by",
        "updated_at",
        "sent_to"
    };

    private final LetterList list;

    LetterListPages(LetterList list) {
        this.list = list;
    }

    @GetMapping("/letters")
    @PreAuthorize(ServiceRoles.READERS)
    String list(
            @RequestParam(defaultValue = "AWAITING_MY_APPROVAL") LetterList.View view,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            Principal me,
            Model model) {
        ListLinks links = links(view, sort, dir);
        LetterList.Column column = LetterList.Column.parse(links.sort());
        model.addAttribute("view", view);
        model.addAttribute("views", LetterList.View.values());
        model.addAttribute("links", links);
        model.addAttribute(
                "results", list.list(view, me.getName(), column, links.direction(), Math.max(0, page), PAGE_SIZE));
        model.addAttribute("total", list.count(view, me.getName()));
        return "service/letters";
    }

    /** Exactly the rows the list shows with the same parameters: every page, in the list's order. */
    @GetMapping("/letters/export.csv")
    @PreAuthorize(ServiceRoles.READERS)
    void export(
            @RequestParam(defaultValue = "AWAITING_MY_APPROVAL") LetterList.View view,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Principal me,
            HttpServletResponse response)
            throws IOException {
        ListLinks links = links(view, sort, dir);
        response.setContentType(CsvExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, CsvExport.attachment("cartas.csv"));
        try (CsvExport csv = CsvExport.start(response.getOutputStream(), EXPORT_HEADER)) {
            list.forEach(
                    view,
                    me.getName(),
                    LetterList.Column.parse(links.sort()),
                    links.direction(),
                    l -> csv.row(
                            String.valueOf(l.id()),
                            String.valueOf(l.caseId()),
                            String.valueOf(l.customerId()),
                            l.customerName(),
                            l.subject(),
                            l.language(),
                            l.author(),
                            l.status().name(),
                            l.approvedBy(),
                            l.updatedAt().toString(),
                            l.sentTo()));
        }
    }

    /**
     * The list's links: newest change first unless the URL sorts by a column; the old
     * {@code sort=OLDEST|NEWEST} addresses still mean the last change's date.
     */
    private static ListLinks links(LetterList.View view, String sort, String dir) {
        LetterList.Column column = LetterList.Column.parse(sort);
        ListLinks.Direction direction = column != null
                ? ListLinks.Direction.of(dir)
                : "OLDEST".equalsIgnoreCase(sort) ? ListLinks.Direction.ASC : ListLinks.Direction.DESC;
        return ListLinks.of(
                        "/service/letters", (column == null ? LetterList.Column.UPDATED : column).param(), direction)
                .with("view", view);
    }

    /** The letters card of the case page (loaded by htmx): the case's letters and how to write one. */
    @GetMapping("/cases/{caseId}/letters")
    @PreAuthorize(ServiceRoles.READERS)
    String ofCase(@PathVariable long caseId, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("caseLetters", list.ofCase(caseId));
        model.addAttribute("kinds", LetterKind.values());
        return "service/letters-of-case :: card";
    }
}
