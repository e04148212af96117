package org.clientela.service.internal.letters;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The checker's findings in words, in the letter's language (not the reader's: a colleague
 * reading the page in English still gets Spanish advice on a Spanish letter).
 */
@Component
public class LetterAdvice {

    /** One step as people read it. */
    public record StepAdvice(LetterStep step, String name, boolean passed, String advice) {}

    private final MessageSource messages;

    LetterAdvice(MessageSource messages) {
        this.messages = messages;
    }

    public List<StepAdvice> describe(LetterCheck check, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return check.steps().stream()
                .map(s -> new StepAdvice(
                        s.step(),
                        messages.getMessage("service.letters.step." + s.step().name(), null, locale),
                        s.passed(),
                        messages.getMessage(s.adviceKey(), s.args(), locale)))
                .toList();
    }
}
