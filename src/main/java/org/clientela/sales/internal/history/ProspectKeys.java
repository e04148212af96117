package org.clientela.sales.internal.history;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.clientela.platform.TextFolding;
import org.clientela.sales.SalesHistory.ContactRecord;
import org.clientela.sales.SalesHistory.ProspectRecord;

/**
 * The keys a prospect is sorted, matched and found by, made the simple way: the name folded
 * (lower case, no accents), the e-mail in lower case, the last nine digits of the phone (a Spanish
 * number without its country code), the tax id's letters and digits in upper case; and the search
 * terms as customers have them (lower-case {@code [a-z0-9]} words of names and e-mails, the tax id,
 * every suffix of three or more digits of the phone).
 */
final class ProspectKeys {

    static final int NATIONAL_DIGITS = 9;
    private static final int MAX_TERM = 40;
    private static final int MIN_PHONE_FRAGMENT = 3;

    private ProspectKeys() {}

    static String sortName(String name) {
        String folded = TextFolding.fold(name);
        return folded.length() > 200 ? folded.substring(0, 200) : folded;
    }

    static String emailKey(String email) {
        return blank(email) ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static String phoneDigits(String phone) {
        if (blank(phone)) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return null;
        }
        return digits.length() > NATIONAL_DIGITS ? digits.substring(digits.length() - NATIONAL_DIGITS) : digits;
    }

    static String taxIdKey(String taxId) {
        if (blank(taxId)) {
            return null;
        }
        String key = taxId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return key.isEmpty() ? null : key;
    }

    static Set<String> searchTerms(ProspectRecord prospect) {
        Set<String> terms = new LinkedHashSet<>();
        words(prospect.name(), terms);
        words(prospect.email(), terms);
        String taxId = taxIdKey(prospect.taxId());
        if (taxId != null) {
            terms.add(cut(taxId.toLowerCase(Locale.ROOT)));
        }
        String digits = phoneDigits(prospect.phone());
        if (digits != null) {
            for (int start = 0; start <= digits.length() - MIN_PHONE_FRAGMENT; start++) {
                terms.add(digits.substring(start));
            }
        }
        for (ContactRecord contact : prospect.contacts()) {
            words(contact.name(), terms);
            words(contact.email(), terms);
        }
        return terms;
    }

    private static void words(String text, Set<String> terms) {
        if (blank(text)) {
            return;
        }
        for (String word : TextFolding.fold(text).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                terms.add(cut(word));
            }
        }
    }

    private static String cut(String term) {
        return term.length() > MAX_TERM ? term.substring(0, MAX_TERM) : term;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
