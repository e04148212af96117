package org.clientela.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.clientela.platform.ContactPermission.Person;
import org.clientela.platform.Slice;
import org.clientela.privacy.internal.consents.ConsentEntry;
import org.clientela.privacy.internal.consents.ConsentLedger;
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
 * The consents of a customer's contact person, of a prospect and of a person at a prospect over
 * JSON, with the body and answers of the customer's ({@link ConsentApi}) and its roles; who may
 * reach whom is {@link ConsentSubjects}' rule (a seller reaches only their own prospects and their
 * people: another seller's are 404, as in the sales API).
 */
@RestController
@Tag(name = "Privacy: consents", description = "Consent per customer, channel and purpose, with its history")
class PersonConsentApi {

    private final ConsentLedger ledger;
    private final ConsentSubjects subjects;

    PersonConsentApi(ConsentLedger ledger, ConsentSubjects subjects) {
        this.ledger = ledger;
        this.subjects = subjects;
    }

    /**
     * A person's consents: {@code person} says whose (CONTACT, PROSPECT or PROSPECT_CONTACT) and
     * {@code id} which.
     */
    record PersonConsents(
            Person.Kind person,
            long id,
            List<ConsentApi.Current> current,
            List<ConsentEntry> history,
            int page,
            int size,
            boolean hasNext) {}

    @PostMapping("/api/v1/contacts/{id}/consents")
    @PreAuthorize(ConsentRoles.RECORDERS)
    @Operation(summary = "Record a contact person's answer on one channel and purpose")
    ResponseEntity<ConsentEntry> recordForContact(
            @PathVariable long id, @RequestBody ConsentApi.ConsentBody body, Authentication authentication) {
        return record("contacts", id, body, authentication);
    }

    @GetMapping("/api/v1/contacts/{id}/consents")
    @PreAuthorize(ConsentRoles.READERS)
    @Operation(summary = "The consents of a customer's contact person as they stand, and their history")
    PersonConsents readForContact(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return read("contacts", id, page, size);
    }

    @PostMapping("/api/v1/prospects/{id}/consents")
    @PreAuthorize(ConsentRoles.RECORDERS)
    @Operation(summary = "Record a prospect's answer on one channel and purpose (a seller: their own prospects)")
    ResponseEntity<ConsentEntry> recordForProspect(
            @PathVariable long id, @RequestBody ConsentApi.ConsentBody body, Authentication authentication) {
        return record("prospects", id, body, authentication);
    }

    @GetMapping("/api/v1/prospects/{id}/consents")
    @PreAuthorize(ConsentRoles.READERS)
    @Operation(summary = "The consents of a prospect as they stand, and their history (a seller: their own prospects)")
    PersonConsents readForProspect(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return read("prospects", id, page, size);
    }

    @PostMapping("/api/v1/prospect-contacts/{id}/consents")
    @PreAuthorize(ConsentRoles.RECORDERS)
    @Operation(
            summary = "Record the answer of a person at a prospect on one channel and purpose"
                    + " (a seller: the people at their own prospects)")
    ResponseEntity<ConsentEntry> recordForProspectContact(
            @PathVariable long id, @RequestBody ConsentApi.ConsentBody body, Authentication authentication) {
        return record("prospect-contacts", id, body, authentication);
    }

    @GetMapping("/api/v1/prospect-contacts/{id}/consents")
    @PreAuthorize(ConsentRoles.READERS)
    @Operation(
            summary = "The consents of a person at a prospect as they stand, and their history"
                    + " (a seller: the people at their own prospects)")
    PersonConsents readForProspectContact(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return read("prospect-contacts", id, page, size);
    }

    private ResponseEntity<ConsentEntry> record(
            String people, long id, ConsentApi.ConsentBody body, Authentication authentication) {
        Person person = subjects.find(people, id, true).person();
        ConsentEntry entry = ledger.record(person, ConsentApi.consent(body), authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/" + people + "/" + id + "/consents"))
                .body(entry);
    }

    private PersonConsents read(String people, long id, int page, int size) {
        Person person = subjects.find(people, id, false).person();
        ConsentApi.checkPage(page, size);
        List<ConsentApi.Current> current =
                ledger.currentList(person).stream().map(ConsentApi.Current::of).toList();
        Slice<ConsentEntry> history = ledger.history(person, page, size);
        return new PersonConsents(person.kind(), person.id(), current, history.items(), page, size, history.hasNext());
    }
}
