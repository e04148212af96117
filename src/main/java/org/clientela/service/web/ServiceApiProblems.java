package org.clientela.service.web;

import java.net.URI;

import org.clientela.service.internal.cases.CaseStateException;
import org.clientela.service.internal.promises.PromiseStateException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 409 for moves a case or a promise no longer allows (a broken promise cannot be kept). */
@RestControllerAdvice(assignableTypes = {CaseApi.class, PromiseApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServiceApiProblems {

    private final MessageSource messages;

    ServiceApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PromiseStateException.class)
    ProblemDetail promiseState(PromiseStateException ex) {
        return conflict("promise-state", "service.promise.state." + ex.status());
    }

    @ExceptionHandler(CaseStateException.class)
    ProblemDetail caseState(CaseStateException ex) {
        return conflict("case-state", "service.case.state.refused", ex.from(), ex.to());
    }

    private ProblemDetail conflict(String type, String key, Object... args) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(key, args, key, locale));
        problem.setTitle(messages.getMessage("problem.conflict.title", null, "Conflict", locale));
        problem.setType(URI.create("https://clientela.org/problems/" + type));
        return problem;
    }
}
