package org.clientela.satisfaction.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.satisfaction.internal.surveys.SkipReason;
import org.clientela.satisfaction.internal.surveys.SurveyKind;
import org.clientela.satisfaction.internal.surveys.SurveyMode;
import org.clientela.satisfaction.internal.surveys.SurveyRequest;
import org.clientela.satisfaction.internal.surveys.SurveyStatus;
import org.clientela.satisfaction.internal.surveys.Surveys;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Surveys over JSON: ask a customer (by e-mailed link, or to ask on the phone) and enter the answer
 * taken on the phone. The e-mailed link is never in an answer: only the customer gets it.
 */
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyApi {

    private final Surveys surveys;

    SurveyApi(Surveys surveys) {
        this.surveys = surveys;
    }

    record AskBody(Long customerId, String kind, String mode, Long caseId, Long orderId, String language) {}

    /** {@code skipReason} is absent unless the survey was skipped. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Asked(long id, SurveyStatus status, SkipReason skipReason) {}

    record AnswerBody(Integer score, String comment) {}

    record Answered(long id, SurveyKind kind, SurveyMode mode, SurveyStatus status) {}

    @PostMapping
    @PreAuthorize(SatisfactionRoles.WORKERS)
    ResponseEntity<Asked> ask(
            @RequestBody AskBody body,
            @RequestParam(defaultValue = "false") boolean strict,
            Authentication authentication) {
        List<InputError> errors = new java.util.ArrayList<>();
        if (body.customerId() == null) {
            errors.add(InputError.field("customerId", "satisfaction.surveys.required"));
        }
        SurveyKind kind = parse(SurveyKind.class, "kind", body.kind(), errors);
        SurveyMode mode = parse(SurveyMode.class, "mode", body.mode(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Surveys.Outcome outcome = surveys.ask(
                new SurveyRequest(body.customerId(), kind, mode, body.caseId(), body.orderId(), body.language()),
                authentication.getName(),
                strict,
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + outcome.id()))
                .body(new Asked(outcome.id(), outcome.status(), outcome.skipReason()));
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize(SatisfactionRoles.WORKERS)
    Answered answer(@PathVariable long id, @RequestBody AnswerBody body, Authentication authentication) {
        if (body.score() == null) {
            throw new InvalidInputException(InputError.field("score", "satisfaction.surveys.required"));
        }
        Surveys.Survey survey = surveys.answerByPhone(id, body.score(), body.comment(), authentication.getName());
        return new Answered(survey.id(), survey.kind(), survey.mode(), survey.status());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value, List<InputError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(InputError.field(field, "satisfaction.surveys.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException ex) {
            errors.add(InputError.field(
                    field,
                    "satisfaction.surveys.oneOf",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }
}
