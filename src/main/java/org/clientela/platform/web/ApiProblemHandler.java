package org.clientela.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.StateConflict;
import org.clientela.platform.TextInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every API error into an RFC 9457 problem detail that says which field is wrong and why,
 * in the caller's language. What no API controller gets to handle (an unknown path, a wrong method,
 * an exception nothing catches) is answered the same way by {@link ErrorAnswers}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException ex) {
        ProblemDetail problem = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-input",
                "problem.invalidInput.title",
                "problem.invalidInput.detail",
                ex.errors().size());
        problem.setProperty("errors", ex.errors().stream().map(this::describe).toList());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "problem.notFound.title", "problem.notFound.detail");
    }

    /** A transition the domain refused: 409, with the domain's own sentence. */
    @ExceptionHandler(StateConflict.class)
    ProblemDetail stateConflict(StateConflict ex) {
        return problem(
                HttpStatus.CONFLICT, ex.problemType(), "problem.conflict.title", ex.messageKey(), ex.messageArgs());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException ex) {
        return problem(HttpStatus.CONFLICT, "edit-conflict", "problem.conflict.title", "problem.conflict.detail");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException ex) {
        return problem(HttpStatus.CONFLICT, "duplicate", "problem.duplicate.title", "problem.duplicate.detail");
    }

    /**
     * A value the database refused that no check caught before it (too long for its column, a NUL
     * character, a broken reference): the caller's input, so 422 — in general words, never the SQL.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail unstorable(DataIntegrityViolationException ex) {
        log.warn(
                "A value was refused by the database: {}",
                ex.getMostSpecificCause().getMessage());
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "unstorable",
                "problem.unstorable.title",
                "problem.unstorable.detail");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-parameter",
                "problem.badRequest.title",
                "problem.badParameter.detail",
                ex.getName());
        problem.setProperty(
                "errors",
                List.of(Map.of("field", ex.getName(), "message", text("problem.badParameter.detail", ex.getName()))));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                "problem.invalidInput.title",
                "problem.invalidInput.detail",
                ex.getBindingResult().getErrorCount());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("field", error.getField());
            item.put("message", messages.getMessage(error, LocaleContextHolder.getLocale()));
            errors.add(item);
        }
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-parameter",
                "problem.badRequest.title",
                "problemDetail." + MissingServletRequestParameterException.class.getName(),
                ex.getParameterName());
        problem.setProperty("errors", List.of(Map.of("field", ex.getParameterName(), "message", problem.getDetail())));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST, "unreadable-body", "problem.badRequest.title", "problem.unreadable.detail");
        String field = JsonFieldPath.of(ex);
        if (field != null) {
            String reason = causedBy(ex, ControlFreeText.ControlCharacterException.class)
                    ? text(TextInput.CONTROL, field)
                    : text("problem.wrongType.detail", field);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", reason)));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Object> describe(InputError error) {
        Map<String, Object> item = new LinkedHashMap<>();
        if (error.line() != null) {
            item.put("line", error.line());
            item.put("column", error.field());
        } else {
            item.put("field", error.field());
        }
        item.put("message", text(error.messageKey(), error.args()));
        return item;
    }

    private ProblemDetail problem(HttpStatus status, String type, String titleKey, String detailKey, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey, args));
        problem.setTitle(text(titleKey));
        problem.setType(URI.create("https://clientela.org/problems/" + type));
        return problem;
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
