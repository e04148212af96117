package org.clientela.customers.internal;

import java.util.Locale;

/**
 * The forms of an e-mail and a tax id under which two customers are the same one: the e-mail without
 * regard to case, the tax id without spaces, dots, dashes or slashes, in upper case and without a
 * leading {@code ES} (so {@code es-b12.345.678} is {@code B12345678}). Stored beside what was typed,
 * indexed. The phone's form is {@link org.clientela.platform.PhoneNumbers#nationalDigits}.
 */
final class DuplicateKeys {

    private DuplicateKeys() {}

    static String email(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static String taxId(String taxId) {
        if (taxId == null) {
            return null;
        }
        String key = taxId.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
        if (key.startsWith("ES") && key.length() == 11) {
            key = key.substring(2);
        }
        return key.isEmpty() ? null : key;
    }
}
