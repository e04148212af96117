package org.clientela.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, numbers and money as the reader expects them in their language and the business's time
 * zone. Templates call it as {@code ${@fmt.date(...)}}.
 */
@Component("fmt")
public class Formats {

    private final BusinessSettings settings;

    Formats(BusinessSettings settings) {
        this.settings = settings;
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(settings.timeZone()).toLocalDate());
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(LocaleContextHolder.getLocale())
                        .format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(LocaleContextHolder.getLocale())
                        .format(instant.atZone(settings.timeZone()));
    }

    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
        format.setCurrency(currency == null ? settings.currency() : Currency.getInstance(currency));
        return format.format(amount);
    }

    public String number(Number value) {
        return value == null
                ? ""
                : NumberFormat.getNumberInstance(LocaleContextHolder.getLocale())
                        .format(value);
    }
}
