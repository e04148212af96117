package org.clientela.retention.web;

import java.util.Locale;
import org.clientela.retention.CallOutcome;
import org.clientela.retention.internal.calls.CallList;
import org.clientela.retention.internal.radar.RetentionRadar;
import org.clientela.retention.internal.radar.SignalBoard;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The radar card of the customer page (an htmx fragment): active signals and the customer's call, or
 * why there are none (and the open call the ranking alone asked for, if any).
 */
@Controller
class RadarCardPages {

    private final RetentionRadar radar;
    private final SignalBoard board;
    private final CallList calls;

    RadarCardPages(RetentionRadar radar, SignalBoard board, CallList calls) {
        this.calls = calls;
        this.radar = radar;
        this.board = board;
    }

    @GetMapping("/retention/radar/of-customer/{customerId}")
    @PreAuthorize(RetentionRoles.READERS)
    String card(@PathVariable long customerId, Locale locale, Model model) {
        var signals = board.list(new SignalBoard.Filter(null, null, customerId), 0, 20, locale);
        model.addAttribute("signals", signals.items());
        model.addAttribute("outcomes", CallOutcome.values());
        if (signals.items().isEmpty()) {
            model.addAttribute("orderDays", radar.orderDays(customerId).orElse(0));
            // A call chosen by the ranking alone, with no signal to hang it on.
            model.addAttribute(
                    "call",
                    calls.latestOf(customerId, locale)
                            .filter(c -> c.task().open())
                            .orElse(null));
        }
        model.addAttribute("minOrderDays", radar.thresholds().minOrderDays());
        return "retention/card :: card";
    }
}
