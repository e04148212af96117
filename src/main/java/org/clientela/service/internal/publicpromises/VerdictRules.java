package org.clientela.service.internal.publicpromises;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.clientela.service.internal.publicpromises.PublicPromiseVerdict.Amount;
import org.clientela.service.internal.publicpromises.PublicPromiseVerdict.Category;
import org.clientela.service.internal.publicpromises.PublicPromiseVerdict.Day;
import org.clientela.service.internal.publicpromises.PublicPromiseVerdict.Places;
import org.clientela.service.internal.publicpromises.PublicPromiseVerdict.Sentence;

/**
 * The verdict on a public promise from its figures. A promise is kept when at least 95 % of the
 * occurrences kept it, mostly kept from 80 %, broken below; the opening hours are kept when no
 * more than 5 % of the contacts arrive while closed, mostly up to 20 %. With fewer occurrences
 * than the minimum no figure is given at all: a share of 7 orders says nothing yet.
 */
final class VerdictRules {

    static final int KEPT_FROM = 95;
    static final int MOSTLY_FROM = 80;
    static final int CLOSED_KEPT_UP_TO = 5;
    static final int CLOSED_MOSTLY_UP_TO = 20;

    private VerdictRules() {}

    static Measurement measured(
            PublicPromise p,
            LocalDate from,
            LocalDate to,
            OccurrenceCounts tally,
            int minMeasured,
            BusiestHour busiest) {
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        if (tally.measured() < minMeasured) {
            PublicPromiseVerdict v = new PublicPromiseVerdict(
                    Category.TOO_LITTLE_DATA,
                    List.of(new Sentence(
                            "service.publicPromise.verdict.tooLittle." + p.kind(),
                            tally.measured(),
                            minMeasured,
                            days)));
            return new Measurement(
                    p, from, to, tally.measured(), tally.kept(), null, null, null, tally.notMeasured(), false, v);
        }
        Places places = new Places(p.publishedIn());
        List<Sentence> sentences = new ArrayList<>();
        Category category;
        Double median = null;
        Double p90 = null;
        if (p.kind() == PublicPromiseKind.OPENING_HOURS) {
            long outside = tally.measured() - tally.kept();
            int outsidePercent = (int) Math.round(100.0 * outside / tally.measured());
            category = outsidePercent <= CLOSED_KEPT_UP_TO
                    ? Category.KEPT
                    : outsidePercent <= CLOSED_MOSTLY_UP_TO ? Category.MOSTLY : Category.BROKEN;
            sentences.add(new Sentence(
                    "service.publicPromise.verdict.head.OPENING_HOURS",
                    p.openingHours(),
                    outsidePercent,
                    tally.measured(),
                    outside));
            if (busiest != null && busiest.contacts() > 0) {
                sentences.add(new Sentence(
                        "service.publicPromise.verdict.busiest",
                        new Day(busiest.day()),
                        busiest.hour(),
                        busiest.hour() + 1,
                        busiest.contacts()));
            }
            sentences.add(new Sentence("service.publicPromise.verdict." + category + ".OPENING_HOURS", places));
        } else {
            median = tally.quantile(0.5);
            p90 = tally.quantile(0.9);
            int percent = tally.keptPercent();
            category =
                    percent >= KEPT_FROM ? Category.KEPT : percent >= MOSTLY_FROM ? Category.MOSTLY : Category.BROKEN;
            TargetUnit unit = p.targetUnit();
            sentences.add(new Sentence(
                    "service.publicPromise.verdict.head." + p.kind(),
                    new Amount(p.targetAmount(), unit),
                    percent,
                    tally.measured(),
                    new Amount(median, unit),
                    new Amount(p90, unit)));
            if (tally.notMeasured() > 0) {
                sentences.add(
                        new Sentence("service.publicPromise.verdict.unmeasured." + p.kind(), tally.notMeasured()));
            }
            String action = category == Category.KEPT
                    ? "service.publicPromise.verdict.KEPT"
                    : "service.publicPromise.verdict." + category + "." + p.kind();
            // A realistic promise: what 90 % of the occurrences did achieve, rounded up to a whole unit.
            sentences.add(
                    new Sentence(action, places, new Amount(Math.ceil(p90), unit), tally.measured() - tally.kept()));
        }
        return new Measurement(
                p,
                from,
                to,
                tally.measured(),
                tally.kept(),
                tally.keptPercent(),
                median,
                p90,
                tally.notMeasured(),
                true,
                new PublicPromiseVerdict(category, sentences));
    }
}
