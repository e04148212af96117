package org.clientela.sales.web;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A figures parameter that cannot be read is the caller's mistake in the address, not in a body:
 * 400, naming the parameter, in the shape of the platform's other problem details.
 */
@RestControllerAdvice(assignableTypes = {KpiApi.class, ComparisonApi.class})
class FigureProblems {

    private final MessageSource messages;

    FigureProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FigureParameterException.class)
    ProblemDetail badParameter(FigureParameterException ex) {
        String message = messages.getMessage(ex.messageKey, null, LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle(messages.getMessage("problem.badRequest.title", null, LocaleContextHolder.getLocale()));
        problem.setType(java.net.URI.create("https://clientela.org/problems/invalid-parameter"));
        problem.setProperty("errors", List.of(Map.of("field", ex.parameter, "message", message)));
        return problem;
    }
}
