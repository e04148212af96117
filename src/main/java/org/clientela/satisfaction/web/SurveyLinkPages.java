package org.clientela.satisfaction.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.clientela.platform.InvalidInputException;
import org.clientela.satisfaction.internal.surveys.SurveyKind;
import org.clientela.satisfaction.internal.surveys.Surveys;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an e-mailed survey link opens, without signing in, in the language the customer was
 * asked in. Opening it records nothing — mail scanners open links before the customer does — only
 * the form's POST does, once; an answered or expired link gets a page that says so (410).
 */
@Controller
class SurveyLinkPages {

    /** The language resolver reads a language chosen for this request from this attribute. */
    private static final String CHOSEN_LANGUAGE = "clientela-lang";

    private static final String FORM = "satisfaction/survey-answer";
    private static final String GONE = "satisfaction/survey-gone";

    private final Surveys surveys;

    SurveyLinkPages(Surveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/s/{token}")
    @PreAuthorize("permitAll()")
    String show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        return surveys.byToken(token)
                .map(survey -> {
                    request.setAttribute(CHOSEN_LANGUAGE, survey.locale());
                    if (!surveys.answerable(survey)) {
                        response.setStatus(HttpStatus.GONE.value());
                        return GONE;
                    }
                    return form(model, token, survey.kind(), null, null, null, null);
                })
                .orElseGet(() -> notOurs(response));
    }

    @PostMapping("/s/{token}")
    @PreAuthorize("permitAll()")
    String answer(
            @PathVariable String token,
            @RequestParam(required = false) Integer score,
            @RequestParam(required = false) String comment,
            @RequestParam(required = false) String improve,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Surveys.Survey survey = surveys.byToken(token).orElse(null);
        if (survey == null) {
            return notOurs(response);
        }
        request.setAttribute(CHOSEN_LANGUAGE, survey.locale());
        if (!surveys.answerable(survey)) {
            response.setStatus(HttpStatus.GONE.value());
            return GONE;
        }
        if (score == null || !survey.kind().accepts(score)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, token, survey.kind(), score, comment, improve, "satisfaction.surveys.answer.pickScore");
        }
        String words = Stream.of(comment, improve)
                .filter(text -> text != null && !text.isBlank())
                .map(String::strip)
                .reduce((a, b) -> a + "\n\n" + b)
                .orElse(null);
        try {
            if (!surveys.answerByLink(token, score, words)) {
                response.setStatus(HttpStatus.GONE.value());
                return GONE;
            }
        } catch (InvalidInputException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, token, survey.kind(), score, comment, improve, "satisfaction.surveys.answer.tooLong");
        }
        return "satisfaction/survey-thanks";
    }

    private static String form(
            Model model, String token, SurveyKind kind, Integer score, String comment, String improve, String error) {
        model.addAttribute("token", token);
        model.addAttribute("kind", kind);
        model.addAttribute(
                "scores",
                IntStream.rangeClosed(kind.lowest(), kind.highest()).boxed().toList());
        model.addAttribute("lowUpTo", kind == SurveyKind.NPS ? 6 : 2);
        model.addAttribute("score", score);
        model.addAttribute("comment", comment);
        model.addAttribute("improve", improve);
        model.addAttribute("error", error);
        return FORM;
    }

    private static String notOurs(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return GONE;
    }
}
