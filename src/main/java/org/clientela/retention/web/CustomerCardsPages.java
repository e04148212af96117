package org.clientela.retention.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.retention.internal.segments.PurchaseAdvice;
import org.clientela.retention.internal.segments.SegmentReport;
import org.clientela.retention.internal.segments.SegmentSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The retention cards of the customer page, loaded by htmx: fragments, no layout. */
@Controller
@RequestMapping("/retention/customers/{customerId}")
class CustomerCardsPages {

    private final SegmentReport segments;
    private final CustomerPurchases rhythms;
    private final PurchaseAdvice advice;
    private final SegmentSettings settings;
    private final Clock clock;

    CustomerCardsPages(
            SegmentReport segments,
            CustomerPurchases rhythms,
            PurchaseAdvice advice,
            SegmentSettings settings,
            Clock clock) {
        this.settings = settings;
        this.segments = segments;
        this.rhythms = rhythms;
        this.advice = advice;
        this.clock = clock;
    }

    @GetMapping("/rhythm")
    @PreAuthorize(RetentionRoles.READERS)
    String rhythm(@PathVariable long customerId, Model model) {
        LocalDate today = LocalDate.now(clock);
        var rhythm = rhythms.pace(customerId, today).orElse(null);
        var member = segments.of(customerId).orElse(null);
        model.addAttribute("rhythm", rhythm);
        model.addAttribute("member", member);
        model.addAttribute("run", segments.latestRun().orElse(null));
        if (member != null) {
            model.addAttribute("daysSinceLast", Math.max(0, ChronoUnit.DAYS.between(member.lastPurchase(), today)));
        }
        return "retention/customer-cards :: rhythm";
    }

    @GetMapping("/what-else")
    @PreAuthorize(RetentionRoles.READERS)
    String whatElse(@PathVariable long customerId, Model model) {
        model.addAttribute("suggestions", advice.forCustomer(customerId));
        model.addAttribute("run", segments.latestRun().orElse(null));
        model.addAttribute("recentMonths", settings.recentMonths());
        return "retention/customer-cards :: what-else";
    }
}
