package org.clientela.service.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.clientela.service.internal.letters.Letter;
import org.clientela.service.internal.letters.LetterAdvice;
import org.clientela.service.internal.letters.LetterKind;
import org.clientela.service.internal.letters.LetterTemplates;
import org.clientela.service.internal.letters.Letters;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reply letters over JSON: the checker, drafting on a case, the second person's approval and
 * sending by e-mail.
 */
@RestController
class LetterApi {

    private final Letters letters;
    private final LetterAdvice advice;

    LetterApi(Letters letters, LetterAdvice advice) {
        this.letters = letters;
        this.advice = advice;
    }

    /** Text to check: {@code language} is {@code es} or {@code en}. */
    record CheckRequest(String language, String text) {}

    record CheckResponse(String language, List<LetterResponse.CheckStep> steps) {}

    /** A new letter: {@code template} (optional) records which one it started from. */
    record NewLetter(String language, String subject, String text, LetterKind template) {}

    /** New words for a letter, with the {@code version} that was read (optional). */
    record LetterChange(String subject, String text, Long version) {}

    record Created(long id, String status) {}

    @PostMapping("/api/v1/letters/check")
    @PreAuthorize(ServiceRoles.READERS)
    CheckResponse check(@RequestBody CheckRequest request) {
        String text = request.text() == null ? "" : request.text();
        return new CheckResponse(
                request.language(),
                LetterResponse.CheckStep.of(
                        advice.describe(letters.check(request.language(), text), request.language())));
    }

    @GetMapping("/api/v1/cases/{caseId}/letters/template")
    @PreAuthorize(ServiceRoles.WRITERS)
    LetterTemplates.Draft template(
            @PathVariable long caseId,
            @RequestParam LetterKind kind,
            @RequestParam(defaultValue = "es") String language,
            Principal me) {
        return letters.fromTemplate(caseId, kind, language, me.getName());
    }

    @PostMapping("/api/v1/cases/{caseId}/letters")
    @PreAuthorize(ServiceRoles.WRITERS)
    ResponseEntity<Created> draft(@PathVariable long caseId, @RequestBody NewLetter request, Principal me) {
        Letter letter = letters.draft(
                caseId, request.template(), request.language(), request.subject(), request.text(), me.getName());
        return ResponseEntity.created(URI.create("/api/v1/letters/" + letter.getId()))
                .body(new Created(letter.getId(), letter.getStatus().name()));
    }

    @GetMapping("/api/v1/letters/{id}")
    @PreAuthorize(ServiceRoles.READERS)
    LetterResponse get(@PathVariable long id) {
        return response(letters.find(id));
    }

    @PutMapping("/api/v1/letters/{id}")
    @PreAuthorize(ServiceRoles.WRITERS)
    LetterResponse edit(@PathVariable long id, @RequestBody LetterChange change) {
        return response(letters.edit(id, change.version(), change.subject(), change.text()));
    }

    @PostMapping("/api/v1/letters/{id}/approve")
    @PreAuthorize(ServiceRoles.WRITERS)
    LetterResponse approve(@PathVariable long id, Principal me) {
        return response(letters.approve(id, me.getName()));
    }

    @PostMapping("/api/v1/letters/{id}/send")
    @PreAuthorize(ServiceRoles.WRITERS)
    LetterResponse send(@PathVariable long id, Principal me) {
        return response(letters.send(id, me.getName()));
    }

    /**
     * Prints the letter as a PDF. The first print of an approved letter sends it by post: recorded
     * once, by the caller, today; the header {@code Clientela-Print} says {@code ORIGINAL}. Every
     * later print is a copy ({@code COPY}, marked on every page) and a draft's print says
     * {@code DRAFT}. A letter with a spot left in brackets answers 422 naming {@code text}.
     */
    @PostMapping("/api/v1/letters/{id}/print")
    @PreAuthorize(ServiceRoles.WRITERS)
    ResponseEntity<byte[]> print(@PathVariable long id, Principal me) {
        return LetterActionPages.pdfFile(letters.print(id, me.getName()));
    }

    private LetterResponse response(Letter letter) {
        return LetterResponse.of(letter, advice.describe(letters.check(letter), letter.getLanguage()));
    }
}
