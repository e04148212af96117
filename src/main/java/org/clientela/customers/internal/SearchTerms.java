package org.clientela.customers.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.clientela.platform.TextFolding;

/**
 * The words under which a customer can be found. Every term is lower-case {@code [a-z0-9]}, so a
 * prefix range ({@code term >= 'gar' AND term < 'gas'}) means the same on every database
 * collation. A phone number is stored as all its suffixes of three or more digits: a prefix of
 * a suffix is any fragment of the number.
 */
final class SearchTerms {

    static final int MAX_LENGTH = 40;
    static final int MIN_PHONE_FRAGMENT = 3;

    private SearchTerms() {}

    static Set<String> of(Customer customer) {
        Set<String> terms = new LinkedHashSet<>();
        words(customer.getName(), terms);
        emailWords(customer.getEmail(), terms);
        customerNumber(customer.getCustomerNumber(), terms);
        phoneSuffixes(customer.getPhoneDigits(), terms);
        String taxId = alnum(customer.getTaxId());
        if (taxId != null && !taxId.isEmpty()) {
            terms.add(cut(taxId));
        }
        for (Contact contact : customer.getContacts()) {
            words(contact.name(), terms);
            emailWords(contact.email(), terms);
        }
        return terms;
    }

    /** The folded words of a search query. */
    static String[] queryWords(String query) {
        String folded = TextFolding.fold(query);
        return folded == null
                ? new String[0]
                : java.util.Arrays.stream(folded.split("[^a-z0-9]+"))
                        .filter(w -> !w.isEmpty())
                        .map(SearchTerms::cut)
                        .toArray(String[]::new);
    }

    /**
     * The smallest term greater than every term that starts with {@code prefix}, or {@code null}
     * when there is none (a prefix of only 'z's).
     */
    static String upperBound(String prefix) {
        StringBuilder bound = new StringBuilder(prefix);
        while (!bound.isEmpty()) {
            char last = bound.charAt(bound.length() - 1);
            if (last == 'z') {
                bound.setLength(bound.length() - 1);
                continue;
            }
            bound.setCharAt(bound.length() - 1, last == '9' ? 'a' : (char) (last + 1));
            return bound.toString();
        }
        return null;
    }

    private static void words(String text, Set<String> terms) {
        for (String word : queryWords(text)) {
            terms.add(word);
        }
    }

    private static void emailWords(String email, Set<String> terms) {
        if (email == null) {
            return;
        }
        String folded = TextFolding.fold(email);
        int at = folded.indexOf('@');
        String local = at < 0 ? folded : folded.substring(0, at);
        String domain = at < 0 ? "" : folded.substring(at + 1);
        words(local, terms);
        String alnumLocal = alnum(local);
        if (!alnumLocal.isEmpty()) {
            terms.add(cut(alnumLocal));
        }
        int dot = domain.lastIndexOf('.');
        words(dot < 0 ? domain : domain.substring(0, dot), terms);
    }

    private static void customerNumber(String number, Set<String> terms) {
        String alnum = alnum(number);
        if (alnum == null || alnum.isEmpty()) {
            return;
        }
        terms.add(cut(alnum));
        String digits = alnum.replaceAll("[^0-9]", "");
        if (!digits.isEmpty() && !digits.equals(alnum)) {
            terms.add(cut(digits));
        }
        String significant = digits.replaceFirst("^0+", "");
        if (!significant.isEmpty()) {
            terms.add(cut(significant));
        }
    }

    private static void phoneSuffixes(String digits, Set<String> terms) {
        if (digits == null) {
            return;
        }
        for (int start = 0; start + MIN_PHONE_FRAGMENT <= digits.length(); start++) {
            terms.add(cut(digits.substring(start)));
        }
    }

    private static String alnum(String text) {
        String folded = TextFolding.fold(text);
        return folded == null ? null : folded.replaceAll("[^a-z0-9]", "");
    }

    private static String cut(String term) {
        return term.length() > MAX_LENGTH ? term.substring(0, MAX_LENGTH) : term;
    }
}
