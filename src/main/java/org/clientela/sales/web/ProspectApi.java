package org.clientela.sales.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clientela.platform.CleanText;
import org.clientela.platform.ListLinks;
import org.clientela.platform.Slice;
import org.clientela.platform.SortColumn;
import org.clientela.sales.internal.prospects.DuplicateOf;
import org.clientela.sales.internal.prospects.Prospect;
import org.clientela.sales.internal.prospects.ProspectBook;
import org.clientela.sales.internal.prospects.ProspectQuery;
import org.clientela.sales.internal.prospects.ProspectSort;
import org.clientela.sales.internal.prospects.Research;
import org.clientela.sales.internal.prospects.Stage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prospects over JSON. A seller reads and changes only their own (another seller's is 404, as if it
 * did not exist); managers and admins everyone's; viewers read.
 */
@RestController
@RequestMapping("/api/v1/prospects")
class ProspectApi {

    private final ProspectBook book;
    private final MessageSource messages;
    private final ProspectNames names;

    ProspectApi(ProspectBook book, MessageSource messages, ProspectNames names) {
        this.names = names;
        this.book = book;
        this.messages = messages;
    }

    /** A page of prospects: {@code items}, and whether a next page exists. */
    record ProspectPage(List<ProspectResponse> items, int page, int size, boolean hasNext) {}

    /** The research checklist: four short texts, and the version read (the current one when left out). */
    record ResearchRequest(
            Long version,
            @CleanText(max = Research.CONTACT_MAX) String contact,

            @CleanText(max = Research.TEXT_MAX, lines = true)
            String business,

            @CleanText(max = Research.TEXT_MAX, lines = true)
            String news,

            @CleanText(max = Research.TEXT_MAX, lines = true)
            String reason) {}

    @PostMapping
    @PreAuthorize(SalesRoles.WRITERS)
    ResponseEntity<ProspectResponse> create(
            @Valid @RequestBody ProspectRequest request,
            @RequestParam(defaultValue = "false") boolean strict,
            Authentication authentication) {
        ProspectBook.Saved saved = book.create(request.details(), SalesRoles.of(authentication), strict);
        return ResponseEntity.created(
                        URI.create("/api/v1/prospects/" + saved.prospect().id()))
                .body(response(saved.prospect(), saved.duplicateOf()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(SalesRoles.READERS)
    ProspectResponse get(@PathVariable long id, Authentication authentication) {
        return response(book.get(id, SalesRoles.of(authentication)), Optional.empty());
    }

    @PutMapping("/{id}")
    @PreAuthorize(SalesRoles.WRITERS)
    ProspectResponse replace(
            @PathVariable long id, @Valid @RequestBody ProspectRequest request, Authentication authentication) {
        ProspectBook.Saved saved = book.update(id, version(request), request.details(), SalesRoles.of(authentication));
        return response(saved.prospect(), saved.duplicateOf());
    }

    @PatchMapping("/{id}")
    @PreAuthorize(SalesRoles.WRITERS)
    ProspectResponse patch(
            @PathVariable long id, @Valid @RequestBody ProspectRequest request, Authentication authentication) {
        Prospect current = book.get(id, SalesRoles.of(authentication));
        ProspectBook.Saved saved =
                book.update(id, version(request), request.over(current), SalesRoles.of(authentication));
        return response(saved.prospect(), saved.duplicateOf());
    }

    @PutMapping("/{id}/research")
    @PreAuthorize(SalesRoles.WRITERS)
    ProspectResponse research(
            @PathVariable long id, @Valid @RequestBody ResearchRequest request, Authentication authentication) {
        Prospect saved = book.research(
                id,
                request.version(),
                new Research(request.contact(), request.business(), request.news(), request.reason()),
                SalesRoles.of(authentication));
        return response(saved, Optional.empty());
    }

    @GetMapping
    @PreAuthorize(SalesRoles.READERS)
    ProspectPage find(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) Stage reached,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            Authentication authentication) {
        ProspectQuery query = new ProspectQuery(
                q,
                owner,
                campaignId,
                stage,
                reached,
                from,
                to,
                SortColumn.parse(ProspectSort.class, sort),
                ListLinks.Direction.of(dir),
                page,
                size);
        Slice<Prospect> found = book.search(query, SalesRoles.of(authentication));
        return new ProspectPage(
                found.items().stream().map(p -> response(p, Optional.empty())).toList(),
                found.page(),
                found.size(),
                found.hasNext());
    }

    private static long version(ProspectRequest request) {
        if (request.version() == null) {
            throw new org.clientela.platform.InvalidInputException(
                    org.clientela.platform.InputError.field("version", "sales.version.required"));
        }
        return request.version();
    }

    private ProspectResponse response(Prospect prospect, Optional<DuplicateOf> duplicate) {
        Locale locale = LocaleContextHolder.getLocale();
        return ProspectResponse.of(
                book.card(prospect, locale),
                duplicate
                        .map(d -> new ProspectResponse.DuplicateResponse(
                                d.type(), d.id(), d.name(), d.number(), DuplicateWords.say(messages, d, locale)))
                        .orElse(null),
                names);
    }
}
