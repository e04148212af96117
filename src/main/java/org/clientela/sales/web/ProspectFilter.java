package org.clientela.sales.web;

import java.time.Instant;
import org.clientela.platform.ListLinks;
import org.clientela.platform.SortColumn;
import org.clientela.sales.internal.prospects.ProspectQuery;
import org.clientela.sales.internal.prospects.ProspectSort;
import org.clientela.sales.internal.prospects.Stage;
import org.springframework.ui.Model;

/**
 * What the prospect list was asked for in its address — the words typed, owner, campaign, stage,
 * stage reached and when, sort, page and "ready to call" — bound once for the list, its rows while
 * the person types and its CSV export, so that all three read the same parameters the same way.
 */
record ProspectFilter(
        String q,
        String owner,
        Long campaignId,
        Stage stage,
        Stage reached,
        Instant from,
        Instant to,
        String sort,
        String dir,
        Integer page,
        Boolean ready) {

    /** Absent parameters are no filter and the first page (wrappers: binding leaves them null). */
    ProspectFilter {
        q = q == null ? "" : q;
        page = page == null ? 0 : Math.max(0, page);
        ready = Boolean.TRUE.equals(ready);
    }

    /** The question for the prospect book, {@code size} to a page (0: every prospect, for an export). */
    ProspectQuery query(int size) {
        return new ProspectQuery(
                q,
                owner,
                campaignId,
                stage,
                reached,
                from,
                to,
                SortColumn.parse(ProspectSort.class, sort),
                ListLinks.Direction.of(dir),
                size == 0 ? 0 : page,
                size,
                ready);
    }

    /** The list's links (pages, sorting) keeping these filters. */
    ListLinks links(String path) {
        ProspectSort column = SortColumn.parse(ProspectSort.class, sort);
        return ListLinks.of(path, column == null ? null : column.param(), ListLinks.Direction.of(dir))
                .with("q", q.strip())
                .with("owner", owner)
                .with("campaignId", campaignId)
                .with("stage", stage)
                .with("reached", reached)
                .with("from", from)
                .with("to", to)
                .with("ready", ready);
    }

    /** Puts the filters where the list's form shows them. */
    void show(Model model) {
        model.addAttribute("q", q);
        model.addAttribute("owner", owner);
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("stage", stage);
        model.addAttribute("reached", reached);
        model.addAttribute("ready", ready);
        model.addAttribute(
                "filtered",
                ready || owner != null && !owner.isBlank() || campaignId != null || stage != null || reached != null);
    }
}
