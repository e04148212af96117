package org.clientela.service.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import org.clientela.platform.CleanText;
import org.clientela.platform.InputError;
import org.clientela.platform.Slice;
import org.clientela.service.PromiseKind;
import org.clientela.service.internal.promises.Promise;
import org.clientela.service.internal.promises.PromiseLedger;
import org.clientela.service.internal.promises.PromiseList;
import org.clientela.service.internal.promises.PromiseStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The promise ledger over JSON: list by status, record a promise made outside a case, keep one. */
@RestController
@RequestMapping("/api/v1/promises")
class PromiseApi {

    private final PromiseLedger ledger;
    private final PromiseList promises;

    PromiseApi(PromiseLedger ledger, PromiseList promises) {
        this.ledger = ledger;
        this.promises = promises;
    }

    /** A promise made in a call or an order, not in a case. */
    record NewPromise(
            Long customerId,
            String kind,
            String dueAt,
            @CleanText(max = 1000, lines = true) String description,
            @CleanText(max = 64) String owner) {}

    @GetMapping
    @PreAuthorize(ServiceRoles.READERS)
    PromiseResponse.Page list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        ChoiceParser choices = new ChoiceParser();
        PromiseStatus wanted = choices.parse(PromiseStatus.class, status, "status", false);
        choices.throwIfAny();
        Slice<Promise> slice = promises.list(wanted, owner == null || owner.isBlank() ? null : owner, page, size);
        return new PromiseResponse.Page(
                slice.items().stream().map(PromiseResponse::of).toList(), slice.page(), slice.size(), slice.hasNext());
    }

    @GetMapping("/{id}")
    @PreAuthorize(ServiceRoles.READERS)
    PromiseResponse get(@PathVariable long id) {
        return PromiseResponse.of(ledger.get(id));
    }

    @PostMapping
    @PreAuthorize(ServiceRoles.WRITERS)
    ResponseEntity<PromiseResponse> make(@Valid @RequestBody NewPromise body) {
        ChoiceParser choices = new ChoiceParser();
        PromiseKind kind = choices.parse(PromiseKind.class, body.kind(), "kind", true);
        Instant due = CaseApi.instant(body.dueAt(), choices);
        if (body.customerId() == null) {
            choices.add(InputError.field("customerId", "service.value.required"));
        }
        choices.throwIfAny();
        Promise made = ledger.make(null, body.customerId(), kind, due, body.description(), body.owner());
        return ResponseEntity.created(URI.create("/api/v1/promises/" + made.id()))
                .body(PromiseResponse.of(made));
    }

    @PostMapping("/{id}/keep")
    @PreAuthorize(ServiceRoles.WRITERS)
    PromiseResponse keep(@PathVariable long id) {
        return PromiseResponse.of(ledger.keep(id));
    }
}
