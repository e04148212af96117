package org.clientela.platform;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a value sent for a setting and gives it in the form it is stored in; a wrong value is
 * refused with an {@link InputError} naming the setting.
 */
final class SettingCheck {

    static final int MAX_TEXT = 200;
    static final int MAX_DATES = 100;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.:\\[\\]-]{0,252})");

    /** A checked value: {@code value} to store, or {@code error}. */
    record Result(String value, InputError error) {
        static Result ok(String value) {
            return new Result(value, null);
        }

        static Result wrong(String key, String messageKey, Object... args) {
            return new Result(null, InputError.field(key, messageKey, args));
        }
    }

    private SettingCheck() {}

    /** Kinds that may be empty: no mail server, no password, no holidays. */
    static boolean optional(SettingDefinition.Kind kind) {
        return kind == SettingDefinition.Kind.HOST
                || kind == SettingDefinition.Kind.SECRET
                || kind == SettingDefinition.Kind.LOGIN
                || kind == SettingDefinition.Kind.DATES;
    }

    /** @param text the value sent, not {@code null} */
    static Result check(SettingDefinition setting, String text) {
        String key = setting.key();
        String value = text.strip();
        if (value.isEmpty()) {
            return optional(setting.kind()) ? Result.ok("") : Result.wrong(key, "settings.error.required");
        }
        if (value.length() > (setting.kind() == SettingDefinition.Kind.DATES ? 2000 : MAX_TEXT)) {
            return Result.wrong(key, "settings.error.tooLong", MAX_TEXT);
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return Result.wrong(key, "settings.error.control");
        }
        return switch (setting.kind()) {
            case TEXT, LOGIN -> Result.ok(value);
            case SECRET -> Result.ok(text);
            case EMAIL -> EMAIL.matcher(value).matches() ? Result.ok(value) : Result.wrong(key, "settings.error.email");
            case HOST -> HOST.matcher(value).matches() ? Result.ok(value) : Result.wrong(key, "settings.error.host");
            case PORT -> number(setting, value, BigDecimal.ONE, BigDecimal.valueOf(65535), true);
            case WHOLE -> number(setting, value, setting.min(), setting.max(), true);
            case DECIMAL, SHARE -> number(setting, value, setting.min(), setting.max(), false);
            case TIME_ZONE -> zone(key, value);
            case CURRENCY -> currency(key, value);
            case DATES -> dates(key, value);
            case WEEK_HOURS -> hours(key, value);
        };
    }

    private static Result number(
            SettingDefinition setting, String value, BigDecimal min, BigDecimal max, boolean whole) {
        String messageKey = whole ? "settings.error.whole" : "settings.error.decimal";
        Object[] args = {plain(min), plain(max)};
        if (setting.kind() == SettingDefinition.Kind.SHARE) {
            messageKey = "settings.error.share";
            args = new Object[] {plain(min.movePointRight(2)), plain(max.movePointRight(2))};
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return Result.wrong(setting.key(), messageKey, args);
        }
        if (whole && number.stripTrailingZeros().scale() > 0
                || min != null && number.compareTo(min) < 0
                || max != null && number.compareTo(max) > 0) {
            return Result.wrong(setting.key(), messageKey, args);
        }
        return Result.ok(whole ? number.toBigInteger().toString() : plain(number));
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static Result zone(String key, String value) {
        try {
            if (!value.contains("/") && !value.equals("UTC")) {
                return Result.wrong(key, "settings.error.timeZone");
            }
            return Result.ok(ZoneId.of(value).getId());
        } catch (DateTimeException e) {
            return Result.wrong(key, "settings.error.timeZone");
        }
    }

    private static Result currency(String key, String value) {
        try {
            return Result.ok(
                    Currency.getInstance(value.toUpperCase(Locale.ROOT)).getCurrencyCode());
        } catch (IllegalArgumentException e) {
            return Result.wrong(key, "settings.error.currency");
        }
    }

    private static Result dates(String key, String value) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (String day : value.split("[,;\\s]+")) {
            if (day.isEmpty()) {
                continue;
            }
            try {
                days.add(LocalDate.parse(day));
            } catch (DateTimeParseException e) {
                return Result.wrong(key, "settings.error.dates", day);
            }
        }
        if (days.size() > MAX_DATES) {
            return Result.wrong(key, "settings.error.tooManyDates", MAX_DATES);
        }
        return Result.ok(String.join(
                ",", Arrays.stream(days.toArray()).map(Object::toString).toList()));
    }

    private static Result hours(String key, String value) {
        try {
            return Result.ok(WeekHours.parse(value).text());
        } catch (IllegalArgumentException e) {
            return Result.wrong(key, "settings.error.hours");
        }
    }
}
