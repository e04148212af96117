package org.clientela.privacy.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Slice;
import org.clientela.privacy.internal.requests.RequestChannel;
import org.clientela.privacy.internal.requests.RequestKind;
import org.clientela.privacy.internal.requests.RequestQuery;
import org.clientela.privacy.internal.requests.RequestReplies;
import org.clientela.privacy.internal.requests.RightsRequest;
import org.clientela.privacy.internal.requests.RightsRequestList;
import org.clientela.privacy.internal.requests.RightsRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of rights requests over JSON: register one, read it, list them (pending, overdue or
 * all; sorted and paged), record the answer, a refusal or the extension with the version read, and
 * draft the reply letter.
 */
@RestController
@RequestMapping("/api/v1/privacy/requests")
@PreAuthorize(RightsRequestRoles.MANAGERS)
class RightsRequestApi {

    private final RightsRequests requests;
    private final RightsRequestList list;
    private final RequestReplies replies;

    RightsRequestApi(RightsRequests requests, RightsRequestList list, RequestReplies replies) {
        this.requests = requests;
        this.list = list;
        this.replies = replies;
    }

    /** A new request: {@code customerId}, {@code contact}, {@code handler} and {@code details} may be left out. */
    record NewRequestBody(
            RequestKind kind,
            Long customerId,
            String requesterName,
            String contact,
            RequestChannel channel,
            LocalDate receivedOn,
            String handler,
            String details) {}

    /** The answer, the reason for refusing or for extending, with the {@code version} read. */
    record OutcomeBody(Long version, String text) {}

    /** The reply letter's language, {@code es} or {@code en}. */
    record LetterBody(String language) {}

    record LetterDrafted(long letterId) {}

    record RequestPage(List<RightsRequestResponse> items, int page, int size, boolean hasNext) {}

    @PostMapping
    ResponseEntity<RightsRequestResponse> register(@RequestBody NewRequestBody body) {
        RightsRequest saved = requests.register(new RightsRequests.NewRequest(
                body.kind(),
                body.customerId(),
                body.requesterName(),
                body.contact(),
                body.channel(),
                body.receivedOn(),
                body.handler(),
                body.details()));
        return ResponseEntity.created(URI.create("/api/v1/privacy/requests/" + saved.id()))
                .body(response(saved));
    }

    @GetMapping("/{id}")
    RightsRequestResponse get(@PathVariable long id) {
        return response(requests.get(id));
    }

    @GetMapping
    RequestPage list(
            @RequestParam(required = false) String show,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        RequestQuery.Show shown = RequestQuery.Show.of(show);
        if (shown == null) {
            throw new InvalidInputException(InputError.field("show", "privacy.request.invalid.show", show));
        }
        RequestQuery.Sort sorted = RequestQuery.Sort.of(sort);
        if (sort != null && sorted == null) {
            throw new InvalidInputException(InputError.field("sort", "privacy.request.invalid.sort", sort));
        }
        Slice<RightsRequest> slice =
                list.search(new RequestQuery(shown, customerId, sorted, "desc".equalsIgnoreCase(dir), page, size));
        LocalDate today = requests.today();
        return new RequestPage(
                slice.items().stream()
                        .map(r -> RightsRequestResponse.of(r, today))
                        .toList(),
                slice.page(),
                slice.size(),
                slice.hasNext());
    }

    @PostMapping("/{id}/answer")
    RightsRequestResponse answer(@PathVariable long id, @RequestBody OutcomeBody body) {
        return response(requests.answer(id, version(body), body.text()));
    }

    @PostMapping("/{id}/refusal")
    RightsRequestResponse refuse(@PathVariable long id, @RequestBody OutcomeBody body) {
        return response(requests.refuse(id, version(body), body.text()));
    }

    @PostMapping("/{id}/extension")
    RightsRequestResponse extend(@PathVariable long id, @RequestBody OutcomeBody body) {
        return response(requests.extend(id, version(body), body.text()));
    }

    /** Drafts the reply letter on a new request case; 201 with the letter at {@code /api/v1/letters/{id}}. */
    @PostMapping("/{id}/reply-letter")
    ResponseEntity<LetterDrafted> replyLetter(@PathVariable long id, @RequestBody(required = false) LetterBody body) {
        long letterId = replies.draft(id, body == null || body.language() == null ? "es" : body.language());
        return ResponseEntity.created(URI.create("/api/v1/letters/" + letterId)).body(new LetterDrafted(letterId));
    }

    private static long version(OutcomeBody body) {
        if (body.version() == null) {
            throw new InvalidInputException(InputError.field("version", "privacy.request.invalid.required"));
        }
        return body.version();
    }

    private RightsRequestResponse response(RightsRequest request) {
        return RightsRequestResponse.of(request, requests.today());
    }
}
