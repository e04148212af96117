package org.clientela.retention.internal.radar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientela.orders.history.Rhythm;
import org.clientela.retention.internal.fits.CustomerBaseModel;

/**
 * All the radar's rules applied to one customer. A customer who bought on fewer than
 * {@code minOrderDays} days is not judged at all: with one or two purchases there is no habit to
 * depart from, and a signal would be a guess. The radar counts them and says so instead.
 */
final class RadarRules {

    /** The rules' answer for one customer: judged or not, and what fired. */
    record Verdict(boolean tooLittleHistory, List<Finding> findings) {}

    private final RadarSettings settings;
    private final OverdueRule overdue;
    private final AovDeclineRule aovDecline;
    private final DroppedCategoryRule droppedCategory;
    private final LowActivityRule lowActivity;

    RadarRules(RadarSettings settings) {
        this.settings = settings;
        this.overdue = new OverdueRule(settings);
        this.aovDecline = new AovDeclineRule(settings);
        this.droppedCategory = new DroppedCategoryRule(settings);
        this.lowActivity = new LowActivityRule(settings);
    }

    /** @param fit the customer-base model, or empty to skip LOW_ACTIVITY_PROBABILITY */
    Verdict judge(Rhythm rhythm, LocalDate asOf, Optional<CustomerBaseModel.Fit> fit) {
        if (rhythm.orderDays() < settings.minOrderDays()) {
            return new Verdict(true, List.of());
        }
        List<Finding> findings = new ArrayList<>();
        aovDecline.judge(rhythm).ifPresent(findings::add);
        overdue.judge(rhythm, asOf).ifPresent(findings::add);
        findings.addAll(droppedCategory.judge(rhythm, asOf));
        fit.flatMap(model -> lowActivity.judge(rhythm, asOf, model)).ifPresent(findings::add);
        return new Verdict(false, findings);
    }
}
