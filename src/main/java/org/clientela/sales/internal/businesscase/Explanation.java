package org.clientela.sales.internal.businesscase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.BusinessSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures of a business case in the words of the one who holds the budget: when the money is
 * back, what it earns a year, what comes back for each unit of money put in, and what the net
 * present value means — in the reader's language and the business's currency.
 */
@Component
public class Explanation {

    /** One figure: its name, its value as read, and a sentence saying what it means. */
    public record Line(String id, String label, String value, String sentence) {}

    private final MessageSource messages;
    private final BusinessSettings settings;

    Explanation(MessageSource messages, BusinessSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    public List<Line> of(CashFlows flows, Appraisal a, Locale locale) {
        List<Line> lines = new ArrayList<>();
        String rate = percent(flows.annualDiscountRate(), locale);
        lines.add(new Line(
                "payback",
                text("sales.businessCase.payback", locale),
                a.paybackYears() == null
                        ? text("sales.businessCase.never", locale)
                        : duration(a.paybackYears(), locale),
                a.paybackYears() == null
                        ? text("sales.businessCase.payback.never", locale)
                        : a.paybackYears() == 0
                                ? text("sales.businessCase.payback.none", locale)
                                : text(
                                        "sales.businessCase.payback.sentence",
                                        locale,
                                        duration(a.paybackYears(), locale))));
        lines.add(new Line(
                "discountedPayback",
                text("sales.businessCase.discountedPayback", locale),
                a.discountedPaybackYears() == null
                        ? text("sales.businessCase.never", locale)
                        : duration(a.discountedPaybackYears(), locale),
                a.discountedPaybackYears() == null
                        ? text("sales.businessCase.discountedPayback.never", locale, rate)
                        : text(
                                "sales.businessCase.discountedPayback.sentence",
                                locale,
                                rate,
                                duration(a.discountedPaybackYears(), locale))));
        lines.add(new Line(
                "irr",
                text("sales.businessCase.irr", locale),
                a.irr() == null ? text("sales.businessCase.irr.none", locale) : percent(a.irr(), locale),
                a.irr() == null
                        ? irrNote(a, locale)
                        : text("sales.businessCase.irr.sentence", locale, percent(a.irr(), locale), rate)));
        if (a.roi() != null) {
            lines.add(new Line(
                    "roi",
                    text("sales.businessCase.roi", locale),
                    percent(a.roi(), locale),
                    text("sales.businessCase.roi.sentence", locale, money(1, locale), money(1 + a.roi(), locale))));
        }
        lines.add(new Line(
                "npv",
                text("sales.businessCase.npv", locale),
                money(a.npv(), locale),
                text(
                        a.npv() >= 0 ? "sales.businessCase.npv.gain" : "sales.businessCase.npv.loss",
                        locale,
                        rate,
                        money(Math.abs(a.npv()), locale))));
        return lines;
    }

    /** Why there is no internal rate, or {@code null} when there is one. */
    public String irrNote(Appraisal a, Locale locale) {
        if (a.irrMissing() == null) {
            return null;
        }
        String rates = String.join(
                ", ", a.irrRates().stream().map(r -> percent(r, locale)).toList());
        return text("sales.businessCase.irr.missing." + a.irrMissing().name(), locale, rates);
    }

    /** Years as years and months, rounded to the month: 2.6 → "2 años y 7 meses". */
    public String duration(double years, Locale locale) {
        long months = Math.round(years * 12);
        long whole = months / 12;
        long rest = months % 12;
        if (months == 0) {
            return text("sales.businessCase.duration.underAMonth", locale);
        }
        if (rest == 0) {
            return text("sales.businessCase.duration.years", locale, whole);
        }
        if (whole == 0) {
            return text("sales.businessCase.duration.months", locale, rest);
        }
        return text("sales.businessCase.duration.both", locale, whole, rest);
    }

    public String percent(double fraction, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    public String money(double amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(settings.currency());
        return format.format(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
