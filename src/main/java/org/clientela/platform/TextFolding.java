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
        if (isAscii(text)) {
            // nothing to decompose or replace: what the rest does, without its copies (an import
            // folds every name of its file)
            return text.toLowerCase(Locale.ROOT).strip();
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

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
