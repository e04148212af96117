package org.clientela.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clientela.platform.AuditLog;
import org.clientela.platform.ClientelaSettings;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The change log for administrators: every recorded change as a sentence in the reader's language,
 * newest first, a page at a time, filtered by who, what and between which days. The filters and
 * the page are in the URL, so Back and a shared link keep them.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final MessageSource messages;
    private final ClientelaSettings settings;

    AuditPages(AuditLog audit, MessageSource messages, ClientelaSettings settings) {
        this.audit = audit;
        this.messages = messages;
        this.settings = settings;
    }

    /** One line of the log as the page shows it. */
    record Row(Instant at, String sentence, boolean automatic) {}

    @GetMapping("/audit")
    String list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String who,
            @RequestParam(required = false) String what,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletRequest request,
            Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        int current = Math.max(0, page);
        AuditLog.Filter filter = new AuditLog.Filter(
                blankToNull(who),
                blankToNull(what),
                from == null ? null : from.atStartOfDay(settings.timeZone()).toInstant(),
                to == null
                        ? null
                        : to.plusDays(1).atStartOfDay(settings.timeZone()).toInstant());
        long total = audit.count(filter);
        List<Row> rows = audit.find(filter, (long) current * PAGE_SIZE, PAGE_SIZE).stream()
                .map(e -> new Row(e.at(), messages.getMessage(e.sentence("audit.entry."), locale), e.automatic()))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < total);
        model.addAttribute("firstRow", (long) current * PAGE_SIZE + 1);
        model.addAttribute("lastRow", (long) current * PAGE_SIZE + rows.size());
        model.addAttribute("who", blankToNull(who));
        model.addAttribute("what", blankToNull(what));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("prevUrl", pageUrl(current - 1, who, what, from, to));
        model.addAttribute("nextUrl", pageUrl(current + 1, who, what, from, to));
        model.addAttribute("filtered", filter.actor() != null || filter.action() != null || from != null || to != null);
        model.addAttribute("people", audit.people());
        model.addAttribute("actions", actions(locale));
        return "platform/audit";
    }

    /** Every action in the log, by its name in the reader's language, alphabetically. */
    private Map<String, String> actions(Locale locale) {
        Map<String, String> named = new LinkedHashMap<>();
        audit.actions().stream()
                .map(a -> Map.entry(a, messages.getMessage("audit.action." + a, null, a, locale)))
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(String::toLowerCase)))
                .forEach(e -> named.put(e.getKey(), e.getValue()));
        return named;
    }

    /** The address of another page of the same filtered log. */
    private static String pageUrl(int page, String who, String what, LocalDate from, LocalDate to) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/audit");
        if (blankToNull(who) != null) {
            url.queryParam("who", who.strip());
        }
        if (blankToNull(what) != null) {
            url.queryParam("what", what.strip());
        }
        if (from != null) {
            url.queryParam("from", from);
        }
        if (to != null) {
            url.queryParam("to", to);
        }
        if (page > 0) {
            url.queryParam("page", page);
        }
        return url.encode().build().toUriString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
