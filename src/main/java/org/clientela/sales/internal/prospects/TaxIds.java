package org.clientela.sales.internal.prospects;

import java.util.Locale;

/**
 * Spanish tax ids: the NIF of a person (8 digits and a control letter), the NIE of a foreigner
 * (X, Y or Z, 7 digits, a control letter) and the CIF of a company (a letter, 7 digits and a control
 * digit or letter). The key is what duplicate checks compare, as customers keep it: upper case,
 * without spaces, dots, dashes or slashes, and without a leading {@code ES}.
 */
public final class TaxIds {

    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String CIF_LETTERS = "JABCDEFGHI";

    private TaxIds() {}

    /** The comparable form of {@code taxId}, or {@code null} when blank. */
    public static String key(String taxId) {
        if (taxId == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(taxId.length());
        for (int i = 0; i < taxId.length(); i++) {
            char c = taxId.charAt(i);
            if (!isDropped(c)) {
                kept.append(c);
            }
        }
        String key = kept.toString().toUpperCase(Locale.ROOT);
        if (key.startsWith("ES") && key.length() == 11) {
            key = key.substring(2);
        }
        return key.isEmpty() ? null : key;
    }

    /**
     * What a key leaves out: white space (as a regular expression's {@code \s}), dots, dashes and
     * slashes; looked at char by char, since an import keys every row twice.
     */
    private static boolean isDropped(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '.' || c == '-'
                || c == '/';
    }

    /** Whether {@code taxId} is a NIF, NIE or CIF whose control character is right. */
    public static boolean valid(String taxId) {
        String key = key(taxId);
        if (key == null || key.length() != 9) {
            return false;
        }
        if (key.matches("[0-9]{8}[A-Z]")) {
            return nifLetter(key.substring(0, 8)) == key.charAt(8);
        }
        if (key.matches("[XYZ][0-9]{7}[A-Z]")) {
            String digits = "XYZ".indexOf(key.charAt(0)) + key.substring(1, 8);
            return nifLetter(digits) == key.charAt(8);
        }
        if (key.matches("[KLM][0-9]{7}[A-Z]")) {
            return nifLetter(key.substring(1, 8)) == key.charAt(8);
        }
        if (key.matches("[ABCDEFGHJNPQRSUVW][0-9]{7}[0-9A-J]")) {
            return cifControlMatches(key);
        }
        return false;
    }

    private static char nifLetter(String digits) {
        return NIF_LETTERS.charAt((int) (Long.parseLong(digits) % 23));
    }

    private static boolean cifControlMatches(String key) {
        int sum = 0;
        for (int i = 1; i <= 7; i++) {
            int digit = key.charAt(i) - '0';
            if (i % 2 == 1) {
                int doubled = digit * 2;
                sum += doubled / 10 + doubled % 10;
            } else {
                sum += digit;
            }
        }
        int control = (10 - sum % 10) % 10;
        char given = key.charAt(8);
        char first = key.charAt(0);
        boolean letterOnly = "KPQRSNW".indexOf(first) >= 0;
        boolean digitOnly = "ABEH".indexOf(first) >= 0;
        boolean asDigit = given == (char) ('0' + control);
        boolean asLetter = given == CIF_LETTERS.charAt(control);
        return letterOnly ? asLetter : digitOnly ? asDigit : asDigit || asLetter;
    }
}
