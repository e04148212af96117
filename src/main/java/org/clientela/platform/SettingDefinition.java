package org.clientela.platform;

import java.math.BigDecimal;

/**
 * One setting an admin may change on the settings page. Its words are the message keys
 * {@code settings.<key>.label} and {@code settings.<key>.help}.
 *
 * @param key          its name, e.g. {@code business.time-zone}
 * @param kind         what sort of value it holds, which decides how it is checked and shown
 * @param defaultValue the value of application.properties, used while nothing is stored
 * @param min          the least value a number may take, or {@code null}
 * @param max          the greatest value a number may take, or {@code null}
 */
public record SettingDefinition(String key, Kind kind, String defaultValue, BigDecimal min, BigDecimal max) {

    /** What sort of value a setting holds. */
    public enum Kind {
        /** A line of text. */
        TEXT,
        /** An e-mail address. */
        EMAIL,
        /** A server's host name or address. */
        HOST,
        /** A TCP port (1-65535). */
        PORT,
        /** A user name for a server; may be empty. */
        LOGIN,
        /** A password: stored, used, never shown back nor written to the audit log. */
        SECRET,
        /** A time zone such as {@code Europe/Madrid}. */
        TIME_ZONE,
        /** An ISO 4217 currency code such as {@code EUR}. */
        CURRENCY,
        /** A whole number between min and max. */
        WHOLE,
        /** A decimal number between min and max. */
        DECIMAL,
        /** A share between 0 and 1 (the page shows it as a percentage). */
        SHARE,
        /** Days, as ISO dates separated by commas. */
        DATES,
        /** Opening hours of the week ({@link WeekHours}). */
        WEEK_HOURS
    }

    public SettingDefinition {
        defaultValue = defaultValue == null ? "" : defaultValue;
    }

    /** A section of the settings page with these settings. */
    public static SettingGroup group(String name, int order, java.util.List<SettingDefinition> settings) {
        return new SettingGroup() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public java.util.List<SettingDefinition> settings() {
                return settings;
            }
        };
    }

    public static SettingDefinition of(String key, Kind kind, String defaultValue) {
        return new SettingDefinition(key, kind, defaultValue, null, null);
    }

    public static SettingDefinition whole(String key, int defaultValue, int min, int max) {
        return new SettingDefinition(
                key, Kind.WHOLE, Integer.toString(defaultValue), BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    public static SettingDefinition decimal(String key, double defaultValue, double min, double max) {
        return new SettingDefinition(
                key, Kind.DECIMAL, plain(defaultValue), BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /** A share from {@code min} to {@code max} (both within 0-1). */
    public static SettingDefinition share(String key, double defaultValue, double min, double max) {
        return new SettingDefinition(
                key, Kind.SHARE, plain(defaultValue), BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /** {@code 0.30} as {@code 0.3}, {@code 2.0} as {@code 2}. */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
