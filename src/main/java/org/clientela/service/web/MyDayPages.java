package org.clientela.service.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.retention.RadarCalls;
import org.clientela.retention.SignalKind;
import org.clientela.service.internal.cases.CaseQueries;
import org.clientela.service.internal.cases.CaseSettings;
import org.clientela.service.internal.promises.Promise;
import org.clientela.service.internal.promises.PromiseLedger;
import org.clientela.service.internal.promises.PromiseQueries;
import org.clientela.service.internal.promises.PromiseStateException;
import org.clientela.service.internal.promises.PromisesDue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My day" for the signed-in person: the promises they must keep today (or already missed) and,
 * apart, those due after today within the "due soon" hours; the customers of their open cases who are due news, the new cases given to them, and the customers the
 * retention radar asks them to call.
 */
@Controller
class MyDayPages {

    /** The most urgent of each list; the rest are one click away, so the page stays quick to read and to serve. */
    private static final int LIMIT = 20;
    /** The radar asks each owner for about ten calls a review: all of them fit. */
    private static final int RADAR_CALLS = 10;

    private final PromiseLedger ledger;
    private final PromiseQueries promises;
    private final CaseQueries queries;
    private final CustomerDirectory directory;
    private final CaseSettings caseSettings;
    private final BusinessSettings settings;
    private final Clock clock;
    private final RadarCalls radarCalls;

    MyDayPages(
            PromiseLedger ledger,
            PromiseQueries promises,
            CaseQueries queries,
            CustomerDirectory directory,
            CaseSettings caseSettings,
            BusinessSettings settings,
            Clock clock,
            RadarCalls radarCalls) {
        this.radarCalls = radarCalls;
        this.ledger = ledger;
        this.promises = promises;
        this.queries = queries;
        this.directory = directory;
        this.caseSettings = caseSettings;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/service")
    @PreAuthorize(ServiceRoles.READERS)
    String myDay(Model model) {
        String me = AuditLog.currentActor();
        Instant now = clock.instant();
        ZoneId zone = settings.timeZone();
        Instant endOfToday = PromisesDue.endOfToday(now, zone);
        PromisesDue promises =
                this.promises.dueFor(me, now, zone, Duration.ofHours(caseSettings.dueSoonHours()), LIMIT);
        List<CallRow> calls =
                radarCalls.openFor(me, RADAR_CALLS).stream().map(CallRow::of).toList();
        Map<Long, CustomerDirectory.CustomerRef> names = directory.findAll(Stream.of(
                        promises.today().stream().map(Promise::customerId),
                        promises.later().stream().map(Promise::customerId),
                        calls.stream().map(CallRow::customerId))
                .flatMap(s -> s)
                .collect(Collectors.toSet()));
        model.addAttribute("me", me);
        model.addAttribute("now", now);
        model.addAttribute("promises", promises.today());
        model.addAttribute("laterPromises", promises.later());
        model.addAttribute("soon", promises.soon());
        model.addAttribute("names", names);
        model.addAttribute("radarCalls", calls);
        model.addAttribute("updates", queries.updatesDue(me, endOfToday, LIMIT));
        model.addAttribute("newCases", queries.newFor(me, LIMIT));
        return "service/my-day";
    }

    /**
     * A radar call as the page shows it: the customer's id as the number the names on the page are
     * found by.
     */
    record CallRow(long taskId, long customerId, long riskRank, BigDecimal moneyAtRisk, List<SignalKind> reasons) {

        static CallRow of(RadarCalls.RadarCall call) {
            return new CallRow(
                    call.taskId(), call.customerId().value(), call.riskRank(), call.moneyAtRisk(), call.reasons());
        }
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
    private static String backTo(String referer) {
        if (referer != null) {
            int start = referer.indexOf("/service");
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
