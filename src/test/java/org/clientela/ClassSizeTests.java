package org.clientela;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rooms of a good size: a main class over {@value #MOST_LINES} lines says at its top, in a line
 * "Long because …", why it stays one class, or it is split. The classes not treated yet are listed
 * by name in {@link #NOT_YET_TREATED}; the list can only shrink, as a class on it that is short
 * or gives its reason must leave it.
 */
class ClassSizeTests {

    private static final int MOST_LINES = 250;
    private static final Path MAIN = Path.of("src/main/java/org/clientela");
    private static final String REASON = "Long because";

    /** The first line of a top-level type: what comes before it is the class's top (its Javadoc). */
    private static final Pattern TYPE_LINE = Pattern.compile(
            "^(public |final |abstract |sealed |non-sealed )*(class|record|enum|interface|@interface) ");

    /**
     * Long classes that neither give their reason nor are split yet, below {@code org/clientela}: none
     * now, and a new long class gives its reason or is split rather than joining this list.
     */
    private static final Set<String> NOT_YET_TREATED = Set.of();

    @Test
    void everyLongClassSaysWhyOrIsListed() {
        assertThat(unexplained())
                .as(
                        "main classes over %d lines with no \"%s …\" line at their top and not in NOT_YET_TREATED:"
                                + " split them, or say why they stay whole",
                        MOST_LINES, REASON)
                .isSubsetOf(NOT_YET_TREATED);
    }

    @Test
    void theAllowanceOnlyShrinks() {
        assertThat(NOT_YET_TREATED)
                .as("listed classes that are short now or give their reason: take them off NOT_YET_TREATED")
                .isSubsetOf(unexplained());
    }

    private static Set<String> unexplained() {
        Set<String> unexplained = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                List<String> lines = lines(file);
                if (lines.size() > MOST_LINES && !top(lines).contains(REASON)) {
                    unexplained.add(MAIN.relativize(file).toString().replace('\\', '/'));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return unexplained;
    }

    private static String top(List<String> lines) {
        StringBuilder top = new StringBuilder();
        for (String line : lines) {
            if (TYPE_LINE.matcher(line).find()) {
                break;
            }
            top.append(line).append('\n');
        }
        return top.toString();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
