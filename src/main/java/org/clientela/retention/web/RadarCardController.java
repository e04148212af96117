package org.clientela.retention.web;

import java.util.Locale;

import org.clientela.retention.CallOutcome;
import org.clientela.retention.internal.RadarSettings;
import org.clientela.retention.internal.RetentionRadar;
import org.clientela.retention.internal.SignalBoard;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The radar card of the customer page (an htmx fragment): active signals and their calls, or why there are none. */
@Controller
class RadarCardController {

    private final RetentionRadar radar;
    private final SignalBoard board;
    private final RadarSettings settings;

    RadarCardController(RetentionRadar radar, SignalBoard board, RadarSettings settings) {
        this.radar = radar;
        this.board = board;
        this.settings = settings;
    }

    @GetMapping("/retention/radar/of-customer/{customerId}")
    @PreAuthorize(RadarApiController.READERS)
    String card(@PathVariable long customerId, Locale locale, Model model) {
        var signals = board.list(new SignalBoard.Filter(null, null, customerId), 0, 20, locale);
        model.addAttribute("signals", signals.items());
        model.addAttribute("outcomes", CallOutcome.values());
        if (signals.items().isEmpty()) {
            model.addAttribute("orderDays", radar.orderDays(customerId).orElse(0));
        }
        model.addAttribute("minOrderDays", settings.minOrderDays());
        return "retention/card :: card";
    }
}
