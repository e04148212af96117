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

    private DecimalText() {}

    /** Digits with at most one decimal point and digits after it: the common case, read directly. */
    private static boolean plain(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        boolean digits = false;
        boolean point = false;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point && digits && i < length - 1) {
                point = true;
            } else {
                return false;
            }
        }
        return digits;
    }

    /** The exact value, or {@code null} when {@code text} is not a number. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        if (plain(text)) {
            return new BigDecimal(text);
        }
        String s = text.strip()
                .replace(" ", "")
                .replace("\u00a0", "")
                .replace("€", "")
                .replace("$", "");
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
