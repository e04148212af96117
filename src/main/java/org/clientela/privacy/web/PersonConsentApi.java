package org.clientela.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.clientela.customers.CustomerContacts;
import org.clientela.platform.ContactPermission.Person;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Slice;
import org.clientela.privacy.internal.consents.ConsentEntry;
import org.clientela.privacy.internal.consents.ConsentLedger;
import org.clientela.sales.ProspectDirectory;
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
 * The consents of a customer's contact person and of a prospect over JSON, with the body and
 * answers of the customer's ({@link ConsentApi}) and its roles; a seller reaches only their own
 * prospects (another seller's is 404, as in the sales API).
 */
@RestController
@Tag(name = "Privacy: consents", description = "Consent per customer, channel and purpose, with its history")
class PersonConsentApi {

    private final ConsentLedger ledger;
    private final CustomerContacts contacts;
    private final ProspectDirectory prospects;

    PersonConsentApi(ConsentLedger ledger, CustomerContacts contacts, ProspectDirectory prospects) {
        this.ledger = ledger;
        this.contacts = contacts;
        this.prospects = prospects;
    }

    /** A person's consents: {@code person} says whose (CONTACT or PROSPECT) and {@code id} which. */
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
        requireContact(id);
        return record(Person.contact(id), "/api/v1/contacts/", body, authentication);
    }

    @GetMapping("/api/v1/contacts/{id}/consents")
    @PreAuthorize(ConsentRoles.READERS)
    @Operation(summary = "The consents of a customer's contact person as they stand, and their history")
    PersonConsents readForContact(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        requireContact(id);
        return read(Person.contact(id), page, size);
    }

    @PostMapping("/api/v1/prospects/{id}/consents")
    @PreAuthorize(ConsentRoles.RECORDERS)
    @Operation(summary = "Record a prospect's answer on one channel and purpose (a seller: their own prospects)")
    ResponseEntity<ConsentEntry> recordForProspect(
            @PathVariable long id, @RequestBody ConsentApi.ConsentBody body, Authentication authentication) {
        prospects.findWorkable(id).orElseThrow(() -> new NotFoundException("prospect", id));
        return record(Person.prospect(id), "/api/v1/prospects/", body, authentication);
    }

    @GetMapping("/api/v1/prospects/{id}/consents")
    @PreAuthorize(ConsentRoles.READERS)
    @Operation(summary = "The consents of a prospect as they stand, and their history (a seller: their own prospects)")
    PersonConsents readForProspect(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        prospects.findVisible(id).orElseThrow(() -> new NotFoundException("prospect", id));
        return read(Person.prospect(id), page, size);
    }

    private void requireContact(long id) {
        contacts.find(id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    private ResponseEntity<ConsentEntry> record(
            Person person, String base, ConsentApi.ConsentBody body, Authentication authentication) {
        ConsentEntry entry = ledger.record(person, ConsentApi.consent(body), authentication.getName());
        return ResponseEntity.created(URI.create(base + person.id() + "/consents"))
                .body(entry);
    }

    private PersonConsents read(Person person, int page, int size) {
        ConsentApi.checkPage(page, size);
        List<ConsentApi.Current> current =
                ledger.currentList(person).stream().map(ConsentApi.Current::of).toList();
        Slice<ConsentEntry> history = ledger.history(person, page, size);
        return new PersonConsents(person.kind(), person.id(), current, history.items(), page, size, history.hasNext());
    }
}
