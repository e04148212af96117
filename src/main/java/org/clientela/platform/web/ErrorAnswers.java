package org.clientela.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the server answers when a request ends in an error no controller answered: an unknown
 * path, a wrong method or media type, an exception nothing handled, or {@code /error} asked for
 * directly. The API and clients that do not ask for HTML get an RFC 9457 problem detail, a browser
 * the error page, both in the caller's language and never with a stack trace or SQL. A value the
 * database refuses (too long, a forbidden character, a broken reference) is the caller's input,
 * so 422, not 500. Replaces Spring Boot's default error controller.
 */
@Controller
class ErrorAnswers implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);
    private static final String TYPES = "https://clientela.org/problems/";

    private final ErrorAttributes errors;
    private final MessageSource messages;

    ErrorAnswers(ErrorAttributes errors, MessageSource messages) {
        this.errors = errors;
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Throwable error = errors.getError(new ServletWebRequest(request));
        if (error == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown) {
            error = thrown;
        }
        HttpStatus status = status(request, error);
        response.setStatus(status.value());
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri
                : request.getRequestURI();
        if (wantsPage(request, path)) {
            ModelAndView page = new ModelAndView("error", Map.of("status", status.value()));
            if (causedBy(error, ControlFreeText.ControlCharacterInText.class)) {
                page.addObject("reason", "error.controlCharacter");
            }
            page.setStatus(status);
            return page;
        }
        ProblemDetail problem = problem(status, error);
        if (path != null) {
            problem.setInstance(URI.create(path));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** No status: {@code /error} was asked for directly, and there is no such page. */
    private static HttpStatus status(HttpServletRequest request, Throwable error) {
        if (isStoredValueRefused(error)) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer number)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(number);
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static boolean isStoredValueRefused(Throwable error) {
        return causedBy(error, DataIntegrityViolationException.class);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> kind) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The page for a browser (it asks for HTML), except under {@code /api}. */
    private static boolean wantsPage(HttpServletRequest request, String path) {
        if (path != null
                && (path.equals(request.getContextPath() + "/api")
                        || path.startsWith(request.getContextPath() + "/api/"))) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private ProblemDetail problem(HttpStatus status, Throwable error) {
        Locale locale = LocaleContextHolder.getLocale();
        String key = switch (status) {
            case BAD_REQUEST -> "problem.badRequest";
            case UNAUTHORIZED -> "problem.unauthorized";
            case FORBIDDEN -> "problem.forbidden";
            case NOT_FOUND -> "problem.notFound";
            case METHOD_NOT_ALLOWED -> "problem.methodNotAllowed";
            case NOT_ACCEPTABLE -> "problem.notAcceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "problem.unsupportedMediaType";
            case UNPROCESSABLE_CONTENT -> "problem.unstorable";
            default -> status.is4xxClientError() ? "problem.badRequest" : "problem.unexpected";
        };
        // The servlet container has already logged the exception with its stack trace.
        log.debug("Answered {} with a problem detail", status.value(), error);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        String detail = messages.getMessage(key + ".detail", null, locale);
        // Spring's own errors (wrong method, missing parameter …) say more, in our words where we have them.
        if (error instanceof ErrorResponse known && known.getStatusCode().value() == status.value()) {
            String specific = known.updateAndGetBody(messages, locale).getDetail();
            if (specific != null) {
                detail = specific;
            }
        }
        problem.setDetail(detail);
        // problem.notFound → …/problems/not-found, as ApiProblemHandler names its types
        problem.setType(URI.create(TYPES
                + key.substring("problem.".length())
                        .replaceAll("([A-Z])", "-$1")
                        .toLowerCase(Locale.ROOT)));
        if (error instanceof MissingServletRequestParameterException missing) {
            problem.setProperty("errors", List.of(Map.of("field", missing.getParameterName(), "message", detail)));
        }
        return problem;
    }
}
