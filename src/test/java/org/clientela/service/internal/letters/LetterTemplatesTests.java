package org.clientela.service.internal.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every template, filled from a case, is a letter the checker likes once its spots in brackets are
 * filled in: until then it fails FILLED_IN (it cannot go out as it is), and the review is left.
 */
class LetterTemplatesTests {

    final LetterTemplates templates = new LetterTemplates();
    final LetterChecker checker = new LetterChecker();

    static final Map<String, String> CASE = Map.of(
            "customerName",
            "Distribuciones Pérez García S.L.",
            "caseReference",
            "C-2026-000123",
            "caseSubject",
            "Entrega con dos días de retraso",
            "signature",
            "Ana Gómez\nAtención al cliente",
            "businessName",
            "Muebles Teide");

    @Test
    void everyTemplateInEveryLanguageLeavesSpotsToFillInAndOnceFilledPassesAllStepsButTheReview() {
        for (LetterKind kind : LetterKind.values()) {
            for (String language : LetterChecker.LANGUAGES) {
                LetterTemplates.Draft draft = templates.fill(kind, language, CASE);
                assertThat(draft.subject())
                        .as(kind + " " + language)
                        .isNotBlank()
                        .doesNotContain("{");
                assertThat(draft.text())
                        .as(kind + " " + language)
                        .doesNotContain("{", "}")
                        .contains("Muebles Teide", "\nAna Gómez\nAtención al cliente\n");
                assertThat(LetterCheckerTests.failed(checker.check(language, draft.text(), null)))
                        .as(kind + " " + language)
                        .containsExactly(LetterStep.FILLED_IN, LetterStep.REVIEWED);
                String filled = draft.text().replaceAll("\\[[^\\]]*\\]", "42");
                assertThat(LetterCheckerTests.failed(checker.check(language, filled, null)))
                        .as(kind + " " + language + " filled in")
                        .containsExactly(LetterStep.REVIEWED);
            }
        }
    }

    @Test
    void fillsTheCaseIntoTheWords() {
        LetterTemplates.Draft reply = templates.fill(LetterKind.COMPLAINT_REPLY, "es", CASE);
        assertThat(reply.subject()).isEqualTo("Su reclamación C-2026-000123: así lo solucionamos");
        assertThat(reply.text())
                .startsWith("Estimado/a Distribuciones Pérez García S.L.:")
                .contains("«Entrega con dos días de retraso»");
        assertThat(templates.fill(LetterKind.THANKS, "en", CASE).subject())
                .isEqualTo("Thank you, Distribuciones Pérez García S.L.");
    }
}
