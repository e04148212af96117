package org.clientela.service.web;

import java.net.URI;
import org.clientela.service.internal.letters.LetterRefused;
import org.clientela.service.internal.letters.LetterStateException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A step a letter refuses, as a problem detail in the caller's language: 409 for the wrong moment
 * (not approved yet, being sent by another request, sent already), 403 for approving one's own letter, 503 when no SMTP server is
 * configured, 502 when the server did not take the message. Each answer names its {@code reason}, which
 * the platform's answer to a {@link org.clientela.platform.StateConflict} does not; hence this
 * advice goes first for the letter API.
 */
@RestControllerAdvice(assignableTypes = LetterApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
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
        return problem(refused.reason(), refused.args());
    }

    @ExceptionHandler(LetterStateException.class)
    ProblemDetail refused(LetterStateException refused) {
        return problem(refused.reason(), refused.args());
    }

    private ProblemDetail problem(LetterRefused.Reason reason, Object[] args) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status(reason), messages.getMessage(reason.messageKey(), args, locale));
        problem.setTitle(messages.getMessage("service.letters.refused.title", null, locale));
        problem.setType(URI.create("https://clientela.org/problems/letter-"
                + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        problem.setProperty("reason", reason.name());
        return problem;
    }
}
