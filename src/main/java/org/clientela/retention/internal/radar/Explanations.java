package org.clientela.retention.internal.radar;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.BusinessSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signal's explanation in the reader's language: its message with the typed arguments of
 * {@link Finding} formatted for that language (numbers, money in the business's currency, dates).
 */
@Component
public class Explanations {

    private final MessageSource messages;
    private final JsonMapper json;
    private final BusinessSettings settings;

    Explanations(MessageSource messages, JsonMapper json, BusinessSettings settings) {
        this.messages = messages;
        this.json = json;
        this.settings = settings;
    }

    /** The explanation of {@code key} with arguments stored as a JSON array of typed strings. */
    public String render(String key, String argsJson, Locale locale) {
        return render(key, json.readValue(argsJson, SignalStore.ARGS), locale);
    }

    public String render(String key, List<String> args, Locale locale) {
        Object[] values = args.stream().map(a -> format(a, locale)).toArray();
        return messages.getMessage(key, values, key, locale);
    }

    private String format(String arg, Locale locale) {
        if (arg.length() < 2 || arg.charAt(1) != ':') {
            return arg;
        }
        String value = arg.substring(2);
        return switch (arg.charAt(0)) {
            case 'n' -> NumberFormat.getIntegerInstance(locale).format(Long.parseLong(value));
            case 'm' -> {
                NumberFormat money = NumberFormat.getCurrencyInstance(locale);
                money.setCurrency(settings.currency());
                yield money.format(new BigDecimal(value));
            }
            case 'd' ->
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(LocalDate.parse(value));
            default -> value;
        };
    }
}
