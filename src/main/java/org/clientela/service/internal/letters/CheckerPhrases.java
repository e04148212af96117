package org.clientela.service.internal.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.platform.TextFolding;

/**
 * The phrase lists of the {@link LetterChecker} for one language, read from
 * {@code letters/checker_<language>.properties}: data, not code, so that a person who writes
 * letters can add a formula without touching Java.
 *
 * <p>Each key holds a comma-separated list of phrases. A phrase matches whole words only, ignoring
 * case and accents ("tú" and "tu" are the same word); a {@code *} at the end of a word matches any
 * ending ({@code reembols*} finds "reembolso" and "reembolsaremos").
 */
final class CheckerPhrases {

    /** The keys a file must have. */
    static final List<String> KEYS =
            List.of("salutation", "closing", "purpose", "benefit", "reader", "company", "stiff", "action");

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}*]+");

    private final Properties lists;

    private CheckerPhrases(Properties lists) {
        this.lists = lists;
    }

    /** The lists for {@code language} ({@code es} or {@code en}). */
    static CheckerPhrases load(String language) {
        String resource = "letters/checker_" + language + ".properties";
        try (InputStream in = CheckerPhrases.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no phrase lists for language " + language + " (" + resource + ")");
            }
            Properties lists = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                lists.load(reader);
            }
            for (String key : KEYS) {
                if (lists.getProperty(key, "").isBlank()) {
                    throw new IllegalStateException(resource + " has no list '" + key + "'");
                }
            }
            return new CheckerPhrases(lists);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** The phrases of one list, as written in the file. */
    List<Phrase> list(String key) {
        return Arrays.stream(lists.getProperty(key).split(","))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(Phrase::new)
                .toList();
    }

    /**
     * Text reduced to its words, folded and separated by single spaces, with a space at each end, so
     * that a phrase is found only as whole words.
     */
    static String words(String text) {
        String folded = TextFolding.fold(text == null ? "" : text).replace('*', ' ');
        return " " + NOT_A_WORD.matcher(folded).replaceAll(" ").strip() + " ";
    }

    /** One phrase of a list and the pattern that finds it in {@link #words(String)}. */
    record Phrase(String text, Pattern pattern) {

        Phrase(String text) {
            this(text, compile(text));
        }

        private static Pattern compile(String phrase) {
            List<String> parts = new ArrayList<>();
            for (String word : NOT_A_WORD
                    .matcher(TextFolding.fold(phrase))
                    .replaceAll(" ")
                    .strip()
                    .split(" ")) {
                parts.add(
                        word.endsWith("*")
                                ? Pattern.quote(word.substring(0, word.length() - 1)) + "[\\p{L}\\p{N}]*"
                                : Pattern.quote(word));
            }
            return Pattern.compile("(?<= )" + String.join(" ", parts) + "(?= )");
        }

        /** How many times the phrase occurs in {@code words}. */
        int count(String words) {
            Matcher m = pattern.matcher(words);
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        }

        boolean in(String words) {
            return pattern.matcher(words).find();
        }
    }
}
