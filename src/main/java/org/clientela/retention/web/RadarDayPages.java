package org.clientela.retention.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.AuditLog;
import org.clientela.platform.DaySection;
import org.clientela.retention.RadarCalls;
import org.clientela.retention.SignalKind;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The radar's section of "my day": the customers the last review asked the signed-in person to
 * call, the most money at risk first.
 */
@Controller
class RadarDayPages {

    static final String PATH = "/retention/my-day/radar-calls";

    /** The radar asks each owner for about ten calls a review: all of them fit. */
    private static final int RADAR_CALLS = 10;

    private final RadarCalls radarCalls;
    private final CustomerDirectory directory;

    RadarDayPages(RadarCalls radarCalls, CustomerDirectory directory) {
        this.radarCalls = radarCalls;
        this.directory = directory;
    }

    @Bean
    static DaySection radarCallsDaySection() {
        return DaySection.of("radar-calls", "retention.myDay.radarCalls.name", PATH, 20, DaySection.everyone());
    }

    @GetMapping(PATH)
    @PreAuthorize(RetentionRoles.READERS)
    String radarCalls(Model model) {
        List<CallRow> calls = radarCalls.openFor(AuditLog.currentActor(), RADAR_CALLS).stream()
                .map(CallRow::of)
                .toList();
        Map<Long, CustomerDirectory.CustomerRef> names =
                directory.findAll(calls.stream().map(CallRow::customerId).collect(Collectors.toSet()));
        model.addAttribute("radarCalls", calls);
        model.addAttribute("names", names);
        return "retention/my-day-calls :: calls";
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
}
