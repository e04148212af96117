package org.clientela.service.internal.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.clientela.service.internal.letters.LetterCheck.StepResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The seven steps on good and bad letters in Spanish and in English. */
class LetterCheckerTests {

    final LetterChecker checker = new LetterChecker();

    static List<LetterStep> failed(LetterCheck check) {
        return check.steps().stream()
                .filter(s -> !s.passed())
                .map(StepResult::step)
                .toList();
    }

    @Nested
    class InSpanish {

        /** The kind of letter people complain about: stiff, about the company, nothing for the reader. */
        static final String STIFF_REPLY = """
                Estimado cliente:

                Por medio de la presente nos dirigimos a usted en relación a su escrito. Nuestra empresa lleva
                treinta años en el sector y nuestros procesos de calidad son los mejores. Hemos revisado nuestros
                registros y nuestro departamento considera que nosotros actuamos correctamente.

                Sin otro particular, le saluda atentamente,
                El departamento de atención al cliente
                """;

        /** The same reply rewritten following the seven steps. */
        static final String GOOD_REPLY = """
                Estimada Sra. Ruiz:

                Le escribo para resolver el problema que tuvo con su pedido del 3 de marzo. Tiene usted razón: el
                sofá llegó tarde y con una pata rota, y lo sentimos.

                Le enviamos otro sin coste esta misma semana y, además, le devolvemos los gastos de envío. Su
                próximo pedido tendrá entrega prioritaria.

                Llámeme al 922 123 456 para elegir el día de entrega que mejor le venga.

                Atentamente,
                Ana Gómez
                Atención al cliente
                """;

        @Test
        void theStiffReplyFailsEveryStepAndSaysWhy() {
            LetterCheck check = checker.check("es", STIFF_REPLY, null);

            assertThat(failed(check))
                    .containsExactly(
                            LetterStep.PURPOSE,
                            LetterStep.READER_BENEFIT,
                            LetterStep.READER_FOCUS,
                            LetterStep.CONVERSATIONAL,
                            LetterStep.CALL_TO_ACTION,
                            LetterStep.REVIEWED);
            StepResult focus = check.step(LetterStep.READER_FOCUS);
            // reader: usted, su (escrito), le (saluda); company: nos, nuestra, nuestros×2, hemos, nuestro, nosotros
            assertThat(focus.args()).containsExactly(3, 7);
            assertThat((String) check.step(LetterStep.CONVERSATIONAL).args()[0])
                    .contains(
                            "«por medio de la presente»",
                            "«sin otro particular»",
                            "«nos dirigimos a usted»",
                            "«le saluda atentamente»")
                    .doesNotContain("«la presente»");
        }

        @Test
        void theRewrittenReplyPassesEveryStepButTheReview() {
            LetterCheck check = checker.check("es", GOOD_REPLY, null);

            assertThat(failed(check)).containsExactly(LetterStep.REVIEWED);
            assertThat(check.step(LetterStep.PURPOSE).args()).containsExactly("le escribo para");
            assertThat(check.step(LetterStep.CALL_TO_ACTION).args()).containsExactly("llámeme");
            assertThat(check.step(LetterStep.REVIEWED).adviceKey()).isEqualTo("service.letters.check.REVIEWED.missing");
        }

        @Test
        void aSecondPersonsApprovalCompletesTheReview() {
            LetterCheck check = checker.check("es", GOOD_REPLY, "marta");

            assertThat(check.allPassed()).isTrue();
            assertThat(check.step(LetterStep.REVIEWED).args()).containsExactly("marta");
        }

        @Test
        void aThankYouLetterWithAVoucherPasses() {
            String thanks = """
                    Hola, Pedro:
                    Gracias por tu primer pedido: nos alegra tenerte con nosotros.
                    Te regalamos un vale de 10 € para tu próxima compra.
                    Usa el código GRACIAS10 antes del 30 de junio y cuéntanos qué te parece.
                    Un saludo,
                    Luis
                    """;
            assertThat(failed(checker.check("es", thanks, null))).containsExactly(LetterStep.REVIEWED);
        }

        @Test
        void anAnswerThatBuriesItsPurposeAndEndsWithoutAnActionFailsThoseTwoSteps() {
            String answer = """
                    Estimado Sr. López:
                    El horario de la tienda cambió en enero. Ahora abre también los sábados.
                    Su pregunta sobre la garantía: cubre dos años y le cambiamos la pieza sin coste.
                    Esperamos haberle ayudado con su pregunta.
                    Un saludo,
                    Carmen
                    """;
            assertThat(failed(checker.check("es", answer, null)))
                    .containsExactly(LetterStep.PURPOSE, LetterStep.CALL_TO_ACTION, LetterStep.REVIEWED);
        }

        @Test
        void ignoresCaseAndAccentsAndMatchesWholeWordsOnly() {
            String shouting = "LE ESCRIBO PARA decirle que POR MEDIO DE LA PRESENTE… Llamenos hoy.";
            LetterCheck check = checker.check("es", shouting, null);
            assertThat(check.step(LetterStep.PURPOSE).passed()).isTrue();
            assertThat(check.step(LetterStep.CONVERSATIONAL).passed()).isFalse();
            assertThat(check.step(LetterStep.CALL_TO_ACTION).passed()).isTrue();
            // "devale" and "valeria" are not "vale"; "nosotrosa" is not "nosotros"
            LetterCheck words = checker.check("es", "Valeria y nosotrosa: devale.", null);
            assertThat(words.step(LetterStep.READER_BENEFIT).passed()).isFalse();
            assertThat(words.step(LetterStep.READER_FOCUS).args()).containsExactly(0, 0);
        }
    }

    @Nested
    class InEnglish {

        static final String STIFF_REPLY = """
                Dear Sir or Madam,

                Please be advised that, pursuant to our terms and conditions, we have reviewed our records.
                Our company has served customers for thirty years and our standards are the highest. We are
                confident that our staff acted correctly.

                We remain,
                Yours faithfully,
                Customer Services
                """;

        static final String GOOD_REPLY = """
                Dear Mrs Hill,

                I am writing to put right what went wrong with your order of 3 March. You were right: the chair
                arrived late and scratched.

                A replacement is on its way to you at no cost, and you will have priority delivery on your next order.

                Please call me on 0161 496 0000 so that you can choose the delivery day that suits you.

                Kind regards,
                Ann Gray
                """;

        @Test
        void theStiffReplyFailsEveryStep() {
            LetterCheck check = checker.check("en", STIFF_REPLY, null);

            assertThat(failed(check))
                    .containsExactly(
                            LetterStep.PURPOSE,
                            LetterStep.READER_BENEFIT,
                            LetterStep.READER_FOCUS,
                            LetterStep.CONVERSATIONAL,
                            LetterStep.CALL_TO_ACTION,
                            LetterStep.REVIEWED);
            // reader: none; company: our×4, we×3 ("we have", "we are", "we remain")
            assertThat(check.step(LetterStep.READER_FOCUS).args()).containsExactly(0, 7);
            assertThat((String) check.step(LetterStep.CONVERSATIONAL).args()[0])
                    .contains("«please be advised»", "«pursuant to»", "«we remain»")
                    .doesNotContain("«be advised»");
        }

        @Test
        void theRewrittenReplyPassesEveryStepButTheReview() {
            LetterCheck check = checker.check("en", GOOD_REPLY, null);

            assertThat(failed(check)).containsExactly(LetterStep.REVIEWED);
            assertThat(check.step(LetterStep.READER_FOCUS).passed()).isTrue();
            assertThat(checker.check("en", GOOD_REPLY, "tom").allPassed()).isTrue();
        }

        @Test
        void anApologyThatTalksAboutUsFailsReaderFocusAndNamesTheCounts() {
            String apology = """
                    Dear Mr Brown,
                    We are sorry that our van was late. We were short of drivers and our new system let us down.
                    We will refund your delivery charge.
                    Reply to this e-mail if you want to talk.
                    Best wishes,
                    Sam
                    """;
            LetterCheck check = checker.check("en", apology, null);
            assertThat(failed(check)).containsExactly(LetterStep.READER_FOCUS, LetterStep.REVIEWED);
            // reader: your, you; company: we×3, our×2, us
            assertThat(check.step(LetterStep.READER_FOCUS).args()).containsExactly(2, 6);
        }

        @Test
        void anAnswerWithoutABenefitOrActionFailsThoseSteps() {
            String answer = """
                    Hello Ms Patel,
                    Thank you for your question about opening hours.
                    The shop opens at nine on weekdays and at ten on Saturdays.
                    """;
            assertThat(failed(checker.check("en", answer, null)))
                    .containsExactly(LetterStep.READER_BENEFIT, LetterStep.CALL_TO_ACTION, LetterStep.REVIEWED);
        }
    }

    @Nested
    class SpotsLeftInBrackets {

        /** The complaint template as a hurried writer leaves it: two spots still in brackets. */
        static final String HALF_FILLED = """
                Estimado/a Sr. Pérez:

                Le escribo para responder a su reclamación C-2026-000123. Tiene razón en quejarse y lo sentimos.

                Ya estamos poniendo la solución: [explique aquí qué hacemos para resolverlo]. Además, la próxima vez
                que nos necesite tendrá servicio prioritario.

                Llámeme al [teléfono] o responda a este correo y le cuento cómo va.

                Un saludo,
                Ana Gómez
                """;

        @Test
        void theCheckerFailsNamingTheFirstSpotItsLineAndHowManyMore() {
            LetterCheck check = checker.check("es", HALF_FILLED, null);

            assertThat(failed(check)).containsExactly(LetterStep.FILLED_IN, LetterStep.REVIEWED);
            StepResult filledIn = check.step(LetterStep.FILLED_IN);
            assertThat(filledIn.adviceKey()).isEqualTo("service.letters.check.FILLED_IN.missing");
            assertThat(filledIn.args()).containsExactly("[explique aquí qué hacemos para resolverlo]", 5, 1);
            assertThat(check.allPassed()).isFalse();
        }

        @Test
        void findsEverySpotWithItsLineCountingBlankLinesAsTheEditorDoes() {
            assertThat(LetterChecker.placeholders(HALF_FILLED))
                    .containsExactly(
                            new LetterChecker.Placeholder("[explique aquí qué hacemos para resolverlo]", 5),
                            new LetterChecker.Placeholder("[teléfono]", 8));
            assertThat(LetterChecker.placeholders("Use el código [código] antes del [fecha].\r\nOtra [] línea"))
                    .extracting(LetterChecker.Placeholder::text, LetterChecker.Placeholder::line)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("[código]", 1),
                            org.assertj.core.groups.Tuple.tuple("[fecha]", 1),
                            org.assertj.core.groups.Tuple.tuple("[]", 2));
        }

        @Test
        void onceFilledInTheStepPassesAndBracketsThatDoNotCloseOnTheirLineAreNoSpot() {
            String filled = HALF_FILLED
                    .replace("[explique aquí qué hacemos para resolverlo]", "le cambiamos la silla")
                    .replace("[teléfono]", "922 123 456");
            LetterCheck check = checker.check("es", filled, null);
            assertThat(check.step(LetterStep.FILLED_IN).passed()).isTrue();
            assertThat(check.step(LetterStep.FILLED_IN).adviceKey())
                    .isEqualTo("service.letters.check.FILLED_IN.passed");
            assertThat(LetterChecker.placeholders("Una nota [sin cerrar\ny otra] aquí"))
                    .isEmpty();
        }

        @Test
        void anEnglishLetterIsHeldBackTheSameWay() {
            LetterCheck check = checker.check(
                    "en",
                    "Dear Tom,\nThank you for your order. Here is a voucher for you."
                            + "\nUse the code [code] before [date].",
                    null);
            assertThat(check.step(LetterStep.FILLED_IN).passed()).isFalse();
            assertThat(check.step(LetterStep.FILLED_IN).args()).containsExactly("[code]", 3, 1);
        }
    }

    @Test
    void anEmptyLetterFailsEveryStep() {
        for (String language : LetterChecker.LANGUAGES) {
            LetterCheck check = checker.check(language, "", null);
            assertThat(check.steps()).hasSize(LetterStep.values().length).noneMatch(StepResult::passed);
            assertThat(checker.check(language, null, null).allPassed()).isFalse();
        }
    }

    @Test
    void refusesALanguageWithoutPhraseLists() {
        assertThatThrownBy(() -> checker.check("fr", "Bonjour", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fr");
    }

    @Test
    void everyListIsPresentInEachLanguage() {
        for (String language : LetterChecker.LANGUAGES) {
            CheckerPhrases lists = CheckerPhrases.load(language);
            for (String key : CheckerPhrases.KEYS) {
                assertThat(lists.list(key)).as(language + " " + key).isNotEmpty();
            }
        }
    }
}
