package org.clientela.satisfaction.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.CleanText;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.satisfaction.internal.requests.Colleague;
import org.clientela.satisfaction.internal.requests.Departments;
import org.clientela.satisfaction.internal.requests.InternalRequest;
import org.clientela.satisfaction.internal.requests.InternalRequestList;
import org.clientela.satisfaction.internal.requests.InternalRequests;
import org.clientela.satisfaction.internal.requests.NewInternalRequest;
import org.clientela.satisfaction.internal.requests.RequestMessage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal requests over JSON: one department asks another, the serving department answers,
 * promises and closes, the requester rates. Changes carry the {@code version} read (409
 * {@code edit-conflict} when someone changed it since); refused moves are 409
 * {@code internal-request-state}, a second rating 409 {@code internal-request-rating}.
 */
@RestController
@Tag(
        name = "Satisfaction: internal requests",
        description =
                "Requests between departments, measured with the response targets of cases, rated by the requester")
class InternalRequestApi {

    static final int MAX_PAGE_SIZE = 100;

    private final InternalRequests requests;
    private final InternalRequestList lists;
    private final Departments departments;

    InternalRequestApi(InternalRequests requests, InternalRequestList lists, Departments departments) {
        this.requests = requests;
        this.lists = lists;
        this.departments = departments;
    }

    record NewRequestBody(
            @CleanText(max = 64) String toDepartment,
            @CleanText(max = 16) String type,
            @CleanText(max = 16) String priority,
            @CleanText(max = NewInternalRequest.SUBJECT_MAX) String subject,

            @CleanText(max = NewInternalRequest.DESCRIPTION_MAX, lines = true)
            String description,

            Boolean customerAffected,
            Long customerId) {}

    record TextBody(
            Long version,

            @CleanText(max = RequestMessage.BODY_MAX, lines = true)
            String text) {}

    record VersionBody(Long version) {}

    record PromiseBody(
            Long version,
            @CleanText(max = 40) String dueAt,

            @CleanText(max = RequestMessage.BODY_MAX, lines = true)
            String description) {}

    record RatingBody(
            Integer score,
            @CleanText(max = 2000, lines = true) String comment) {}

    record Rated(long requestId, long surveyId, int score) {}

    record RequestPage(List<InternalRequestResponse> items, int page, int size, boolean hasNext) {}

    @GetMapping("/api/v1/departments")
    @PreAuthorize(InternalRequestRoles.READERS)
    @Operation(summary = "The departments: the teams of the users page, each person in one or none")
    List<String> departments() {
        return departments.all();
    }

    @PostMapping("/api/v1/internal-requests")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    @Operation(
            summary = "Ask another department (from the asker's own); type COMPLAINT|QUESTION|REQUEST, priority "
                    + "LOW|NORMAL|HIGH|URGENT give the due moments of the response-targets page; 201, or 422 naming "
                    + "the field (own or unknown department, no department, unknown customer)")
    ResponseEntity<InternalRequestResponse> ask(@RequestBody NewRequestBody body, Authentication authentication) {
        InternalRequest asked = requests.ask(
                new NewInternalRequest(
                        body.toDepartment(),
                        body.type(),
                        body.priority(),
                        body.subject(),
                        body.description(),
                        Boolean.TRUE.equals(body.customerAffected()) || body.customerId() != null,
                        body.customerId()),
                Colleague.of(authentication));
        return ResponseEntity.created(URI.create("/api/v1/internal-requests/" + asked.id()))
                .body(InternalRequestResponse.of(asked, List.of()));
    }

    @GetMapping("/api/v1/internal-requests")
    @PreAuthorize(InternalRequestRoles.READERS)
    @Operation(
            summary = "The requests the caller may read, newest first; box ALL|TO_US|FROM_US (their department), "
                    + "open true|false, page from 0")
    RequestPage list(
            @RequestParam(defaultValue = "ALL") InternalRequestList.Box box,
            @RequestParam(required = false) Boolean open,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Authentication authentication) {
        if (page < 0) {
            throw new InvalidInputException(InputError.field("page", "satisfaction.internal.page.invalid"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(
                    InputError.field("size", "satisfaction.internal.size.invalid", MAX_PAGE_SIZE));
        }
        var slice = lists.list(new InternalRequestList.Query(box, open, page, size), Colleague.of(authentication));
        return new RequestPage(
                slice.items().stream()
                        .map(r -> InternalRequestResponse.of(r, List.of()))
                        .toList(),
                page,
                size,
                slice.hasNext());
    }

    @GetMapping("/api/v1/internal-requests/{id}")
    @PreAuthorize(InternalRequestRoles.READERS)
    @Operation(summary = "A request with its answers (403 when it is another department's)")
    InternalRequestResponse get(@PathVariable long id, Authentication authentication) {
        Colleague who = Colleague.of(authentication);
        return InternalRequestResponse.of(requests.find(id, who), requests.messages(id, who));
    }

    @PostMapping("/api/v1/internal-requests/{id}/answers")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    @Operation(summary = "The serving department answers; the first answer stops the first-response clock")
    InternalRequestResponse answer(@PathVariable long id, @RequestBody TextBody body, Authentication authentication) {
        Colleague who = Colleague.of(authentication);
        InternalRequest answered = requests.answer(id, version(body.version()), body.text(), who);
        return InternalRequestResponse.of(answered, requests.messages(id, who));
    }

    @PostMapping("/api/v1/internal-requests/{id}/close")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    @Operation(summary = "The serving department closes it (optional closing text); a pending promise is kept")
    InternalRequestResponse close(@PathVariable long id, @RequestBody TextBody body, Authentication authentication) {
        Colleague who = Colleague.of(authentication);
        InternalRequest closed = requests.close(id, version(body.version()), body.text(), who);
        return InternalRequestResponse.of(closed, requests.messages(id, who));
    }

    @PostMapping("/api/v1/internal-requests/{id}/cancel")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    @Operation(summary = "The requester (or a manager) withdraws it while open")
    InternalRequestResponse cancel(
            @PathVariable long id, @RequestBody VersionBody body, Authentication authentication) {
        Colleague who = Colleague.of(authentication);
        InternalRequest cancelled = requests.cancel(id, version(body.version()), who);
        return InternalRequestResponse.of(cancelled, requests.messages(id, who));
    }

    @PostMapping("/api/v1/internal-requests/{id}/promise")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    @Operation(
            summary = "The serving department promises news by dueAt (ISO-8601 instant): a promise in the ledger, "
                    + "in the promiser's day, kept when the request is closed")
    InternalRequestResponse promise(
            @PathVariable long id, @RequestBody PromiseBody body, Authentication authentication) {
        Colleague who = Colleague.of(authentication);
        InternalRequest promised =
                requests.promise(id, version(body.version()), instant("dueAt", body.dueAt()), body.description(), who);
        return InternalRequestResponse.of(promised, requests.messages(id, who));
    }

    @PostMapping("/api/v1/internal-requests/{id}/rating")
    @PreAuthorize(InternalRequestRoles.WRITERS)
    @Operation(
            summary = "The requester rates a closed request, CSAT 1-5, once (into the survey ledger); 403 for anyone "
                    + "else and for the serving department, 409 before closing or when rated, 422 out of range")
    ResponseEntity<Rated> rate(
            @PathVariable long id, @RequestBody RatingBody body, Authentication authentication, Locale locale) {
        long survey =
                requests.rate(id, body.score(), body.comment(), locale.getLanguage(), Colleague.of(authentication));
        return ResponseEntity.created(URI.create("/api/v1/internal-requests/" + id))
                .body(new Rated(id, survey, body.score()));
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(InputError.field("version", "satisfaction.internal.version.required"));
        }
        return version;
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(InputError.field(field, "satisfaction.internal.instant.invalid"));
        }
    }
}
