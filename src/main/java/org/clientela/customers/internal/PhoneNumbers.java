package org.clientela.customers.internal;

import org.clientela.platform.ClientelaSettings;
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

    PhoneNumbers(String countryCode) {
        this.countryCode = countryCode;
    }

    /** National digits of {@code phone}, or {@code null} when it holds no digits. */
    public String nationalDigits(String phone) {
        if (phone == null) {
            return null;
        }
        String trimmed = phone.strip();
        String digits = trimmed.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return null;
        }
        boolean international = trimmed.startsWith("+");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
            international = true;
        }
        if (digits.startsWith(countryCode) && digits.length() - countryCode.length() >= 9
                && (international || digits.length() - countryCode.length() == 9)) {
            return digits.substring(countryCode.length());
        }
        return digits;
    }

    /** Whether {@code text} looks like (part of) a phone number rather than a name. */
    static boolean looksLikePhone(String text) {
        String cleaned = text.replaceAll("[\\s+().\\-/]", "");
        return cleaned.length() >= 3 && cleaned.chars().allMatch(Character::isDigit);
    }
}
