package org.clientela.sales.internal.prospects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProspectSearchTermsTests {

    @Test
    void aTextsWordsAreItsFoldedRunsOfLettersAndDigits() {
        assertThat(ProspectSearchTerms.queryWords("  Peña-López, S.L. 922/123 "))
                .containsExactly("pena", "lopez", "s", "l", "922", "123");
        assertThat(ProspectSearchTerms.queryWords("info@Ferretería-Teide.example"))
                .containsExactly("info", "ferreteria", "teide", "example");
        assertThat(ProspectSearchTerms.queryWords("a" + "b".repeat(50) + "!c"))
                .containsExactly("a" + "b".repeat(39), "c");
        assertThat(ProspectSearchTerms.queryWords(" -- ")).isEmpty();
        assertThat(ProspectSearchTerms.queryWords(null)).isEmpty();
    }

    @Test
    void aProspectIsFoundByItsWordsTaxIdAndEveryPieceOfItsPhone() {
        assertThat(ProspectSearchTerms.of(
                        "Ferretería Teide", "ventas@teide.es", null, "es-b12.345.674", "922123456", List.of("Ana Gil")))
                .containsExactly(
                        "ferreteria",
                        "teide",
                        "ventas",
                        "es",
                        "b12345674",
                        "922123456",
                        "22123456",
                        "2123456",
                        "123456",
                        "23456",
                        "3456",
                        "456",
                        "ana",
                        "gil");
    }

    @Test
    void aWordThatBeginsAnotherOfTheSameProspectIsNotKeptSinceTheLongerOneFindsIt() {
        assertThat(ProspectSearchTerms.of(
                        "Empresa 12 S.L.", "info@empresa12.example", "Santa Cruz", null, "912345678", List.of()))
                .containsExactly(
                        "l",
                        "info",
                        "empresa12",
                        "example",
                        "santa",
                        "cruz",
                        "912345678",
                        "12345678",
                        "2345678",
                        "345678",
                        "45678",
                        "5678",
                        "678");
        // every word of the prospect still begins one of its terms: a search finds it as before
        for (String word :
                ProspectSearchTerms.queryWords("Empresa 12 S.L. info@empresa12.example Santa Cruz 912345678")) {
            assertThat(ProspectSearchTerms.of(
                                    "Empresa 12 S.L.",
                                    "info@empresa12.example",
                                    "Santa Cruz",
                                    null,
                                    "912345678",
                                    List.of())
                            .stream()
                            .anyMatch(term -> term.startsWith(word)))
                    .as(word)
                    .isTrue();
        }
    }
}
