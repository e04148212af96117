package org.clientela.service.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.DaySection;
import org.clientela.platform.Role;
import org.clientela.service.internal.cases.CaseList;
import org.clientela.service.internal.cases.CaseSettings;
import org.clientela.service.internal.promises.Promise;
import org.clientela.service.internal.promises.PromiseLedger;
import org.clientela.service.internal.promises.PromiseList;
import org.clientela.service.internal.promises.PromiseStateException;
import org.clientela.service.internal.promises.PromisesDue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Service's part of "my day": the promises the signed-in person must keep today (or already missed)
 * and, apart, those due after today within the "due soon" hours, whoever they were made to; and,
 * for those who work cases, the customers of their open cases who are due news and the new cases
 * given to them. At {@code /service} the day is shown with the service tabs, these lists in the page
 * and every other module's {@link DaySection} after them; everyone's day ({@code /my-day}) loads the
 * same lists as service's {@link DaySection}.
 */
@Controller
class MyDayPages {

    /** The id of service's section of the day. */
    static final String SECTION = "service";
    /** Where service's section of the day is loaded from. */
    static final String SECTION_PATH = "/service/my-day/section";

    /** The most urgent of each list; the rest are one click away, so the page stays quick to read and to serve. */
    private static final int LIMIT = 20;

    private final PromiseLedger ledger;
    private final PromiseList promises;
    private final CaseList queries;
    private final CustomerDirectory directory;
    private final CaseSettings caseSettings;
    private final BusinessSettings settings;
    private final Clock clock;
    private final List<DaySection> sections;

    MyDayPages(
            PromiseLedger ledger,
            PromiseList promises,
            CaseList queries,
            CustomerDirectory directory,
            CaseSettings caseSettings,
            BusinessSettings settings,
            Clock clock,
            List<DaySection> sections) {
        this.ledger = ledger;
        this.promises = promises;
        this.queries = queries;
        this.directory = directory;
        this.caseSettings = caseSettings;
        this.settings = settings;
        this.clock = clock;
        this.sections = sections.stream()
                .filter(section -> !SECTION.equals(section.id()))
                .toList();
    }

    @GetMapping("/service")
    @PreAuthorize(ServiceRoles.READERS)
    String myDay(Authentication authentication, Model model) {
        Set<String> authorities = authorities(authentication);
        lists(authorities, model);
        model.addAttribute("daySections", DaySection.visible(sections, authorities));
        return "service/my-day";
    }

    @GetMapping(SECTION_PATH)
    @PreAuthorize(ServiceRoles.READERS)
    String section(Authentication authentication, Model model) {
        lists(authorities(authentication), model);
        return "service/my-day :: lists";
    }

    private void lists(Set<String> authorities, Model model) {
        String me = AuditLog.currentActor();
        Instant now = clock.instant();
        ZoneId zone = settings.timeZone();
        Instant endOfToday = PromisesDue.endOfToday(now, zone);
        PromisesDue promises =
                this.promises.dueFor(me, now, zone, Duration.ofHours(caseSettings.dueSoonHours()), LIMIT);
        Map<Long, CustomerDirectory.CustomerRef> names =
                directory.findAll(Stream.concat(promises.today().stream(), promises.later().stream())
                        .map(Promise::customerId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()));
        var updates = queries.updatesDue(me, endOfToday, LIMIT);
        var newCases = queries.newFor(me, LIMIT);
        model.addAttribute("me", me);
        model.addAttribute("now", now);
        model.addAttribute("promises", promises.today());
        model.addAttribute("laterPromises", promises.later());
        model.addAttribute("soon", promises.soon());
        model.addAttribute("names", names);
        model.addAttribute("updates", updates);
        model.addAttribute("newCases", newCases);
        // A seller's day holds their call-backs, not empty lists of cases they do not work.
        model.addAttribute("caseWork", worksCases(authorities) || !updates.isEmpty() || !newCases.isEmpty());
    }

    /** Those who work cases: service people and the people who run the business. */
    private static boolean worksCases(Set<String> authorities) {
        return Stream.of(Role.ADMIN, Role.MANAGER, Role.SERVICE)
                .map(Role::authority)
                .anyMatch(authorities::contains);
    }

    private static Set<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }

    /** Marks a promise kept, from "my day" or a case page, and goes back there. */
    @PostMapping("/service/promises/{id}/keep")
    @PreAuthorize(ServiceRoles.WRITERS)
    String keep(
            @PathVariable long id,
            @RequestHeader(value = "Referer", required = false) String referer,
            RedirectAttributes redirect) {
        try {
            ledger.keep(id);
            redirect.addFlashAttribute("flash", "service.promise.kept");
        } catch (PromiseStateException ex) {
            redirect.addFlashAttribute("flashError", ex.messageKey());
        }
        return "redirect:" + backTo(referer);
    }

    /** Only a page of ours, never an address someone else wrote into the header. */
    static String backTo(String referer) {
        if (referer != null) {
            int start = referer.indexOf("/my-day");
            if (start >= 0 && referer.substring(start).matches("/my-day(#[a-z-]+)?")) {
                return referer.substring(start);
            }
            start = referer.indexOf("/service");
            if (start >= 0) {
                String path = referer.substring(start);
                if (path.matches("/service(/[A-Za-z0-9/_-]*)?(\\?[A-Za-z0-9=&_%.-]*)?(#[a-z-]+)?")) {
                    return path;
                }
            }
        }
        return "/service";
    }
}
