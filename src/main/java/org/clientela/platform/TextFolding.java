package org.clientela.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching and sorting: lower case, accents removed ("José" becomes "jose",
 * "Peña" becomes "pena"), so that people find each other however they type.
 */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFolding() {}

    /** Lower-case, accent-free form of {@code text}; {@code null} stays {@code null}. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed)
                .replaceAll("")
                .replace('ß', 's')
                .replace('ø', 'o')
                .replace('æ', 'a')
                .replace('ł', 'l')
                .toLowerCase(Locale.ROOT)
                .strip();
    }
}
