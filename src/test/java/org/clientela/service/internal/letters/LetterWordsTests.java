package org.clientela.service.internal.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The letters' words built from a code at run time (which the page guard cannot see in the
 * templates) exist in Spanish and English: every step, status, PDF mark and history entry.
 */
class LetterWordsTests {

    static Properties bundle(String language) throws IOException {
        Properties words = new Properties();
        try (InputStream in = LetterWordsTests.class
                .getClassLoader()
                .getResourceAsStream("messages/service_" + language + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }

    @Test
    void everyKeyBuiltFromACodeExistsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (LetterStep step : LetterStep.values()) {
            keys.add("service.letters.step." + step.name());
            keys.add("service.letters.check." + step.name() + ".passed");
            keys.add("service.letters.check." + step.name() + ".missing");
        }
        for (LetterStatus status : LetterStatus.values()) {
            keys.add("service.letters.status." + status.name());
            keys.add("service.letters.pdf.view." + status.name());
        }
        for (LetterPdf.Mark mark : LetterPdf.Mark.values()) {
            if (mark != LetterPdf.Mark.NONE) {
                keys.add("service.letters.pdf.mark." + mark.name());
            }
        }
        for (String action : Letters.HISTORY_ACTIONS) {
            keys.add("service.letters.history." + action);
        }
        for (LetterRefused.Reason reason : LetterRefused.Reason.values()) {
            keys.add(reason.messageKey());
        }
        keys.add("service.letters.check.FILLED_IN.empty");
        keys.add("service.letters.invalid.placeholder.text");
        keys.add("service.letters.invalid.placeholder.subject");
        for (String language : LetterChecker.LANGUAGES) {
            Properties words = bundle(language);
            assertThat(keys)
                    .as(language)
                    .allSatisfy(key -> assertThat(words.getProperty(key))
                            .as(language + " " + key)
                            .isNotBlank());
        }
    }
}
