package org.clientela.service.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.clientela.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a letter page was refused, in the reader's language: by field (subject, text) for the editor,
 * or one sentence above it. The letter's page reads the errors an action left in the flash under
 * {@link #FIELD_ERRORS}.
 */
@Component
class LetterPageErrors {

    static final String FIELD_ERRORS = "fieldErrors";

    private final MessageSource messages;

    LetterPageErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The errors of {@code ex} that belong next to the subject or the text. */
    Map<String, String> fieldErrors(InvalidInputException ex) {
        Map<String, String> errors = errors(ex);
        errors.keySet().retainAll(Set.of("subject", "text"));
        return errors;
    }

    Map<String, String> errors(InvalidInputException ex) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.errors().forEach(e -> errors.putIfAbsent(e.field(), text(e.messageKey(), e.args())));
        return errors;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
