package org.clientela.sales.internal.figures;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.Bootstrap;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.Interval;
import org.clientela.platform.Proportions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two groups of prospects side by side (two campaigns, two sellers, top-down against bottom-up):
 * each KPI of both, the difference with its 95 % interval (Newcombe's hybrid score for ratios, the
 * percentile bootstrap for the means) and a sentence that says which works better only when the
 * interval leaves out zero and both sides rest on at least {@value #MIN_SAMPLE} prospects or deals.
 */
@Service
@Transactional(readOnly = true)
public class GroupComparison {

    /** Fewer prospects (or won deals) than this on a side and no verdict is given. */
    public static final int MIN_SAMPLE = 30;

    /** A side: its spec as asked ({@code strategy:TOP_DOWN}), what it covers, and its name in a sentence. */
    public record Side(String group, FigureScope scope, String label) {}

    public record Result(
            String a,
            String b,
            KpiComparison<Ratio> conversationToAppointment,
            KpiComparison<Ratio> appointmentToProposal,
            KpiComparison<Ratio> closeRatio,
            KpiComparison<CycleDays> salesCycleDays,
            KpiComparison<RevenuePerSale> averageRevenuePerSale) {}

    private final SalesFigures figures;
    private final MessageSource messages;
    private final BusinessSettings settings;

    GroupComparison(SalesFigures figures, MessageSource messages, BusinessSettings settings) {
        this.figures = figures;
        this.messages = messages;
        this.settings = settings;
    }

    public Result compare(Side a, Side b, Locale locale) {
        List<SalesFigures.Side> sides = figures.sides(List.of(a.scope(), b.scope()));
        SalesFigures.Side sideA = sides.get(0);
        SalesFigures.Side sideB = sides.get(1);
        KpiRow first = sideA.row();
        KpiRow second = sideB.row();
        SalesFigures.WonSamples wonA = sideA.won();
        SalesFigures.WonSamples wonB = sideB.won();
        Words words = new Words(a.label(), b.label(), locale);
        return new Result(
                a.group(),
                b.group(),
                ratio(
                        "conversationToAppointment",
                        first.conversationToAppointment(),
                        second.conversationToAppointment(),
                        words),
                ratio("appointmentToProposal", first.appointmentToProposal(), second.appointmentToProposal(), words),
                ratio("closeRatio", first.closeRatio(), second.closeRatio(), words),
                cycle(first.salesCycleDays(), second.salesCycleDays(), wonA.cycleDays(), wonB.cycleDays(), words),
                revenue(
                        first.averageRevenuePerSale(),
                        second.averageRevenuePerSale(),
                        wonA.amounts(),
                        wonB.amounts(),
                        words));
    }

    private KpiComparison<Ratio> ratio(String kpi, Ratio a, Ratio b, Words words) {
        if (a.value() == null || b.value() == null) {
            return new KpiComparison<>(a, b, new KpiComparison.Difference(null, null, null), false, words.unsure(kpi));
        }
        Interval interval = Proportions.difference(a.numerator(), a.denominator(), b.numerator(), b.denominator());
        KpiComparison.Difference difference =
                new KpiComparison.Difference(a.value() - b.value(), interval.low(), interval.high());
        boolean enough = a.denominator() >= MIN_SAMPLE && b.denominator() >= MIN_SAMPLE;
        String verdict = enough && difference.real()
                ? words.better(
                        kpi,
                        difference.value() > 0,
                        percent(a.value(), words.locale),
                        percent(b.value(), words.locale),
                        difference,
                        100)
                : words.unsure(kpi);
        return new KpiComparison<>(a, b, difference, enough, verdict);
    }

    private KpiComparison<CycleDays> cycle(CycleDays a, CycleDays b, double[] daysA, double[] daysB, Words words) {
        if (a.n() == 0 || b.n() == 0) {
            return new KpiComparison<>(
                    a, b, new KpiComparison.Difference(null, null, null), false, words.unsure("salesCycleDays"));
        }
        Interval interval = Bootstrap.differenceOfMeans(daysA, daysB);
        KpiComparison.Difference difference = new KpiComparison.Difference(
                Bootstrap.average(daysA) - Bootstrap.average(daysB), interval.low(), interval.high());
        boolean enough = a.n() >= MIN_SAMPLE && b.n() >= MIN_SAMPLE;
        NumberFormat days = NumberFormat.getNumberInstance(words.locale);
        days.setMaximumFractionDigits(0);
        // A shorter cycle is the better one.
        String verdict = enough && difference.real()
                ? words.better(
                        "salesCycleDays",
                        difference.value() < 0,
                        days.format(a.mean()),
                        days.format(b.mean()),
                        difference,
                        1)
                : words.unsure("salesCycleDays");
        return new KpiComparison<>(a, b, difference, enough, verdict);
    }

    private KpiComparison<RevenuePerSale> revenue(
            RevenuePerSale a, RevenuePerSale b, double[] amountsA, double[] amountsB, Words words) {
        if (a.n() == 0 || b.n() == 0) {
            return new KpiComparison<>(
                    a, b, new KpiComparison.Difference(null, null, null), false, words.unsure("averageRevenuePerSale"));
        }
        Interval interval = Bootstrap.differenceOfMeans(amountsA, amountsB);
        KpiComparison.Difference difference = new KpiComparison.Difference(
                a.value().subtract(b.value()).doubleValue(), interval.low(), interval.high());
        boolean enough = a.n() >= MIN_SAMPLE && b.n() >= MIN_SAMPLE;
        NumberFormat money = NumberFormat.getCurrencyInstance(words.locale);
        Currency currency = settings.currency();
        money.setCurrency(currency);
        money.setMaximumFractionDigits(0);
        String verdict = enough && difference.real()
                ? words.better(
                        "averageRevenuePerSale",
                        difference.value() > 0,
                        money.format(a.value()),
                        money.format(b.value()),
                        difference,
                        1)
                : words.unsure("averageRevenuePerSale");
        return new KpiComparison<>(a, b, difference, enough, verdict);
    }

    private String percent(double share, Locale locale) {
        return messages.getMessage("sales.figures.percent", new Object[] {Math.round(share * 100)}, locale);
    }

    /** The sentences of one comparison, in one language. */
    private final class Words {
        final String labelA;
        final String labelB;
        final Locale locale;

        Words(String labelA, String labelB, Locale locale) {
            this.labelA = labelA;
            this.labelB = labelB;
            this.locale = locale;
        }

        String unsure(String kpi) {
            String needed = messages.getMessage("sales.verdict.needed." + kpi, null, locale);
            return messages.getMessage("sales.verdict.unsure", new Object[] {needed}, locale);
        }

        /**
         * "With the better side, its value against the other's; the difference is real (between
         * low and high)", the bounds seen from the better side and scaled to points or days.
         */
        String better(
                String kpi, boolean aIsBetter, String valueA, String valueB, KpiComparison.Difference d, int scale) {
            double low = aIsBetter ? d.low() : -d.high();
            double high = aIsBetter ? d.high() : -d.low();
            if (kpi.equals("salesCycleDays")) {
                low = aIsBetter ? -d.high() : d.low();
                high = aIsBetter ? -d.low() : d.high();
            }
            NumberFormat whole = NumberFormat.getNumberInstance(locale);
            whole.setMaximumFractionDigits(0);
            Object[] args = {
                aIsBetter ? labelA : labelB,
                aIsBetter ? valueA : valueB,
                aIsBetter ? valueB : valueA,
                whole.format(Math.round(low * scale)),
                whole.format(Math.round(high * scale))
            };
            String sentence = messages.getMessage("sales.verdict." + kpi, args, locale);
            return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        }
    }
}
