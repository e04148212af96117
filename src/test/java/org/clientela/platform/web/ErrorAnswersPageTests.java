package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a browser gets when a page fails (the request the servlet container forwards to
 * {@code /error}, built here by hand because only a real server forwards): the error page with a
 * 4xx status for input the database refused, 500 for the unexpected.
 */
class ErrorAnswersPageTests {

    final ErrorAnswers answers = new ErrorAnswers(new DefaultErrorAttributes(), messages());

    @BeforeEach
    void inEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/platform");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static MockHttpServletRequest forwarded(String path, int status, Throwable error, String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, error);
        request.addHeader("Accept", accept);
        return request;
    }

    @Test
    void aValueThePageCouldNotStoreIsA422PageNotA500() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        Object answer = answers.error(
                forwarded(
                        "/service/cases/7",
                        500,
                        new IllegalStateException(
                                "wrapped",
                                new DataIntegrityViolationException("value too long for type character varying(64)")),
                        "text/html,*/*;q=0.8"),
                response);

        assertThat(answer).isInstanceOf(ModelAndView.class);
        ModelAndView page = (ModelAndView) answer;
        assertThat(page.getViewName()).isEqualTo("error");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(page.getModel()).containsEntry("status", 422);
        assertThat(response.getStatus()).isEqualTo(422);
    }

    @Test
    void aTextWithAControlCharacterInAPlainParameterIsA400PageThatSaysSo() {
        String path = "/retention/radar/tasks/7/outcome";
        ModelAndView page = (ModelAndView) answers.error(
                forwarded(
                        path,
                        400,
                        new IllegalStateException("'note'", new ControlFreeText.ControlCharacterInText()),
                        "text/html"),
                new MockHttpServletResponse());

        assertThat(page.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getModel()).containsEntry("reason", "error.controlCharacter");
        assertThat(messages().getMessage("error.controlCharacter", null, Locale.ENGLISH))
                .contains("invisible character");
        ModelAndView other = (ModelAndView) answers.error(
                forwarded(path, 400, new IllegalArgumentException("x"), "text/html"), new MockHttpServletResponse());
        assertThat(other.getModel()).doesNotContainKey("reason");
    }

    @Test
    void theUnexpectedIsA500PageForABrowserAndAProblemForOthers() {
        Object page = answers.error(
                forwarded("/customers", 500, new IllegalStateException("SELECT 1"), "text/html"),
                new MockHttpServletResponse());
        assertThat(((ModelAndView) page).getModel()).containsEntry("status", 500);

        Object problem = answers.error(
                forwarded("/customers", 500, new IllegalStateException("SELECT 1"), "*/*"),
                new MockHttpServletResponse());
        assertThat(problem).isInstanceOf(ResponseEntity.class);
        ProblemDetail body = (ProblemDetail) ((ResponseEntity<?>) problem).getBody();
        assertThat(body.getStatus()).isEqualTo(500);
        assertThat(body.getDetail()).doesNotContain("SELECT");
    }
}
