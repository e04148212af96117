package org.clientela.sales.internal.prospects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clientela.platform.TextFolding;

/**
 * The words a prospect is found by, as customers keep theirs: lower-case {@code [a-z0-9]} words of
 * the name, e-mail and contacts, the tax id, and every suffix of three or more digits of the phone
 * (a prefix of a suffix is any piece of the number). A word is found by its beginning, so a term
 * that begins another term of the same prospect ("empresa" beside "empresa12" of the e-mail, "12"
 * beside the phone's "12345678") finds nothing the longer one does not, and is not kept.
 */
public final class ProspectSearchTerms {

    static final int MAX_LENGTH = 40;
    private static final int MIN_PHONE_PIECE = 3;

    private ProspectSearchTerms() {}

    static Set<String> of(Prospect prospect, String phoneDigits) {
        return of(
                prospect.name(),
                prospect.email(),
                prospect.city(),
                prospect.taxId(),
                phoneDigits,
                prospect.contacts().stream()
                        .flatMap(c -> java.util.stream.Stream.of(c.name(), c.email()))
                        .toList());
    }

    /**
     * The terms of a prospect given field by field (a bulk load has no {@link Prospect}); {@code
     * contactTexts} are its contacts' names and e-mails.
     */
    public static Set<String> of(
            String name,
            String email,
            String city,
            String taxId,
            String phoneDigits,
            java.util.Collection<String> contactTexts) {
        Set<String> terms = new LinkedHashSet<>();
        words(name, terms);
        words(email, terms);
        words(city, terms);
        String tax = TaxIds.key(taxId);
        if (tax != null) {
            terms.add(cut(tax.toLowerCase(java.util.Locale.ROOT)));
        }
        if (phoneDigits != null) {
            for (int start = 0; start + MIN_PHONE_PIECE <= phoneDigits.length(); start++) {
                terms.add(cut(phoneDigits.substring(start)));
            }
        }
        for (String text : contactTexts) {
            words(text, terms);
        }
        withoutBeginningsOfOthers(terms);
        return terms;
    }

    /**
     * Removes from {@code terms} each term another one begins with: in their sorted order the terms
     * that begin with a term come right after it, so comparing each with the next is enough.
     */
    private static void withoutBeginningsOfOthers(Set<String> terms) {
        String[] sorted = terms.toArray(String[]::new);
        Arrays.sort(sorted);
        for (int i = 0; i + 1 < sorted.length; i++) {
            if (sorted[i + 1].startsWith(sorted[i])) {
                terms.remove(sorted[i]);
            }
        }
    }

    static String[] queryWords(String text) {
        String folded = TextFolding.fold(text);
        if (folded == null) {
            return new String[0];
        }
        // the runs of [a-z0-9] (what splitting on [^a-z0-9]+ keeps), without a regular expression:
        // an import makes the words of every row
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            boolean wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(cut(folded.substring(start, i)));
                start = -1;
            }
        }
        return words.toArray(String[]::new);
    }

    /** The smallest term above every term starting with {@code prefix}; {@code null} when none. */
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
        terms.addAll(Arrays.asList(queryWords(text)));
    }

    private static String cut(String term) {
        return term.length() > MAX_LENGTH ? term.substring(0, MAX_LENGTH) : term;
    }
}
