package org.clientela.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clientela.platform.ContactPermission.Channel;
import org.clientela.platform.ContactPermission.Purpose;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Slice;
import org.clientela.privacy.internal.consents.ConsentEntry;
import org.clientela.privacy.internal.consents.ConsentLedger;
import org.clientela.privacy.internal.consents.ConsentSource;
import org.clientela.privacy.internal.consents.ConsentState;
import org.clientela.privacy.internal.consents.ConsentStatus;
import org.clientela.privacy.internal.consents.LegalBasis;
import org.clientela.privacy.internal.consents.NewConsent;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's consents over JSON: record one answer (channel, purpose, status, where it came from
 * and the exact words shown), and read the ten channel and purpose pairs as they stand, NOT_ASKED
 * included, with the history newest first, a page at a time.
 */
@RestController
@RequestMapping("/api/v1/customers/{id}/consents")
@Tag(name = "Privacy: consents", description = "Consent per customer, channel and purpose, with its history")
class ConsentApi {

    static final int MAX_PAGE_SIZE = 100;

    private final ConsentLedger ledger;

    ConsentApi(ConsentLedger ledger) {
        this.ledger = ledger;
    }

    /** {@code legalBasis} is optional (CONSENT). */
    record ConsentBody(String channel, String purpose, String status, String source, String legalBasis, String text) {}

    record Current(
            Channel channel,
            Purpose purpose,
            ConsentStatus status,
            LegalBasis legalBasis,
            boolean allowed,
            Long recordId,
            Instant recordedAt) {

        static Current of(ConsentState state) {
            ConsentEntry latest = state.latest();
            return new Current(
                    state.channel(),
                    state.purpose(),
                    state.status(),
                    state.legalBasis(),
                    state.allowed(),
                    latest == null ? null : latest.id(),
                    latest == null ? null : latest.recordedAt());
        }
    }

    record Consents(
            long customerId, List<Current> current, List<ConsentEntry> history, int page, int size, boolean hasNext) {}

    @PostMapping
    @PreAuthorize(ConsentRoles.RECORDERS)
    @Operation(summary = "Record a customer's answer on one channel and purpose")
    ResponseEntity<ConsentEntry> record(
            @PathVariable long id, @RequestBody ConsentBody body, Authentication authentication) {
        ConsentEntry entry = ledger.record(id, consent(body), authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/consents"))
                .body(entry);
    }

    @GetMapping
    @PreAuthorize(ConsentRoles.READERS)
    @Operation(summary = "The consents of a customer as they stand, and their history")
    Consents read(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        checkPage(page, size);
        List<Current> current = ledger.currentList(id).stream().map(Current::of).toList();
        Slice<ConsentEntry> history = ledger.history(id, page, size);
        return new Consents(id, current, history.items(), page, size, history.hasNext());
    }

    /** 422 naming {@code page} or {@code size} when out of bounds. */
    static void checkPage(int page, int size) {
        List<InputError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(InputError.field("page", "privacy.consent.invalid.page"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(InputError.field("size", "privacy.consent.invalid.size", MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static NewConsent consent(ConsentBody body) {
        List<InputError> errors = new ArrayList<>();
        Channel channel = parse(Channel.class, "channel", body.channel(), errors);
        Purpose purpose = parse(Purpose.class, "purpose", body.purpose(), errors);
        ConsentStatus status = parse(ConsentStatus.class, "status", body.status(), errors);
        ConsentSource source = parse(ConsentSource.class, "source", body.source(), errors);
        LegalBasis basis = body.legalBasis() == null || body.legalBasis().isBlank()
                ? LegalBasis.CONSENT
                : parse(LegalBasis.class, "legalBasis", body.legalBasis(), errors);
        NewConsent consent = new NewConsent(channel, purpose, status, basis, source, body.text());
        ConsentLedger.check(consent, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return consent;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value, List<InputError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(InputError.field(field, "privacy.consent.invalid.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException ex) {
            errors.add(InputError.field(
                    field,
                    "privacy.consent.invalid.oneOf",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }
}
