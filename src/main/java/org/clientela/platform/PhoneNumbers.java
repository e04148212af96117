package org.clientela.platform;

import org.springframework.stereotype.Component;

/**
 * Reduces a phone number to its national digits, so that {@code +34 922 123 456},
 * {@code 0034922123456}, {@code 922123456} and {@code 922-12-34-56} are one number. Numbers of
 * another country keep their calling code.
 */
@Component
public class PhoneNumbers {

    private final String countryCode;

    @org.springframework.beans.factory.annotation.Autowired
    public PhoneNumbers(ClientelaSettings settings) {
        this(settings.defaultCountryCode());
    }

    public PhoneNumbers(String countryCode) {
        this.countryCode = countryCode;
    }

    /** National digits of {@code phone}, or {@code null} when it holds no digits. */
    public String nationalDigits(String phone) {
        if (phone == null) {
            return null;
        }
        String trimmed = phone.strip();
        String digits = digitsOf(trimmed);
        if (digits.isEmpty()) {
            return null;
        }
        boolean international = trimmed.startsWith("+");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
            international = true;
        }
        if (digits.startsWith(countryCode)
                && digits.length() - countryCode.length() >= 9
                && (international || digits.length() - countryCode.length() == 9)) {
            return digits.substring(countryCode.length());
        }
        return digits;
    }

    /** The ASCII digits of {@code text}, in order (what removing every non-digit {@code \D} of a regular expression leaves). */
    private static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /**
     * The digits to look for when a person types a piece of a phone number: a leading
     * {@code +34} or {@code 0034} (the business's own calling code) is dropped however short the
     * rest is, so {@code +34 619 547}, {@code +34619} and {@code 0034 619} look for {@code 619547}
     * and {@code 619} among the national digits every customer's phone is stored under. Spaces,
     * dashes, dots and brackets never count. A piece without {@code +} or {@code 00} is read as
     * {@link #nationalDigits} reads a whole number ({@code 34 619} may be the middle of one).
     * {@code null} when it holds no digits.
     */
    public String pieceDigits(String piece) {
        if (piece == null) {
            return null;
        }
        String compact = piece.replaceAll("[\\s().\\-/]", "");
        boolean international = compact.startsWith("+") || compact.startsWith("00");
        if (!international) {
            return nationalDigits(piece);
        }
        String digits = compact.replaceAll("\\D", "");
        if (compact.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (digits.startsWith(countryCode) && digits.length() > countryCode.length()) {
            return digits.substring(countryCode.length());
        }
        return digits.isEmpty() ? null : digits;
    }

    /** Whether {@code text} looks like (part of) a phone number rather than a name. */
    public static boolean looksLikePhone(String text) {
        String cleaned = text.replaceAll("[\\s+().\\-/]", "");
        return cleaned.length() >= 3 && cleaned.chars().allMatch(Character::isDigit);
    }
}
