package org.clientela.service.web;

import java.net.URI;

import org.clientela.service.internal.letters.LetterRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A step a letter refuses, as a problem detail in the caller's language: 409 for the wrong moment
 * (not approved yet, being sent by another request, sent already), 403 for approving one's own letter, 503 when no SMTP server is
 * configured, 502 when the server did not take the message.
 */
@RestControllerAdvice(assignableTypes = LetterApi.class)
class LetterApiProblems {

    private final MessageSource messages;

    LetterApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    static HttpStatus status(LetterRefused.Reason reason) {
        return switch (reason) {
            case NOT_APPROVED, ALREADY_APPROVED, BEING_SENT, ALREADY_SENT -> HttpStatus.CONFLICT;
            case OWN_LETTER -> HttpStatus.FORBIDDEN;
            case MAIL_NOT_CONFIGURED -> HttpStatus.SERVICE_UNAVAILABLE;
            case SEND_FAILED -> HttpStatus.BAD_GATEWAY;
        };
    }

    @ExceptionHandler(LetterRefused.class)
    ProblemDetail refused(LetterRefused refused) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(refused.reason()),
                messages.getMessage(refused.reason().messageKey(), refused.args(), locale));
        problem.setTitle(messages.getMessage("service.letters.refused.title", null, locale));
        problem.setType(URI.create("https://clientela.org/problems/letter-" + refused.reason().name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        problem.setProperty("reason", refused.reason().name());
        return problem;
    }
}
