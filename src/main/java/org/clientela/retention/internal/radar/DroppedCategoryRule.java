package org.clientela.retention.internal.radar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clientela.orders.history.CategoryRhythm;
import org.clientela.orders.history.Rhythm;
import org.clientela.retention.SignalKind;

/**
 * DROPPED_CATEGORY: a category the customer bought regularly (in at least {@code droppedMinMonths}
 * calendar months of the baseline) has not been bought for more than {@code droppedGapFactor}
 * times its own usual gap (first to last purchase of the category divided by its purchases − 1),
 * while the customer went on ordering without it on at least {@code droppedMinOrdersSince} days.
 * Without that last condition a customer who stopped buying altogether would drop every category;
 * that is one OVERDUE signal, not several.
 *
 * <p>Money at stake: what the customer spent on the category in the twelve months up to its last
 * purchase.
 */
final class DroppedCategoryRule {

    static final String MESSAGE = "retention.signal.droppedCategory";

    private final RadarSettings settings;

    DroppedCategoryRule(RadarSettings settings) {
        this.settings = settings;
    }

    List<Finding> judge(Rhythm rhythm, LocalDate asOf) {
        List<Finding> found = new ArrayList<>();
        for (CategoryRhythm category : rhythm.categories()) {
            if (category.baselineMonths() < settings.droppedMinMonths()
                    || category.days() < 2
                    || category.orderDaysAfter() < settings.droppedMinOrdersSince()) {
                continue;
            }
            double usualGap = (double) (category.lastDay().toEpochDay()
                            - category.firstDay().toEpochDay())
                    / (category.days() - 1);
            long since = asOf.toEpochDay() - category.lastDay().toEpochDay();
            if (since > usualGap * settings.droppedGapFactor()) {
                found.add(new Finding(
                        SignalKind.DROPPED_CATEGORY,
                        category.categoryId(),
                        MESSAGE,
                        List.of(
                                Finding.text(category.name()),
                                Finding.date(category.lastDay()),
                                Finding.number(category.baselineMonths()),
                                Finding.number(category.orderDaysAfter()),
                                Finding.number(Math.max(1, Math.round(usualGap)))),
                        category.yearAmount()));
            }
        }
        return found;
    }
}
