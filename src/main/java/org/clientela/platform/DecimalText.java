package org.clientela.platform;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads amounts as people type them: {@code 12.50}, {@code 12,50} (Spanish), {@code 1.234,50}
 * and {@code 1,234.50}. When both marks appear the last one is the decimal separator; a lone
 * comma is a decimal comma.
 */
public final class DecimalText {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private DecimalText() {
    }

    /** The exact value, or {@code null} when {@code text} is not a number. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().replace(" ", "").replace("\u00a0", "").replace("€", "").replace("$", "");
        if (s.isEmpty()) {
            return null;
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            if (s.indexOf(',') != comma) {
                return null;
            }
            s = s.replace(',', '.');
        }
        return NUMBER.matcher(s).matches() ? new BigDecimal(s) : null;
    }
}
