package org.clientela.service.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.clientela.customers.CustomerNames;
import org.clientela.platform.CleanText;
import org.clientela.platform.InputError;
import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;
import org.clientela.service.PromiseKind;
import org.clientela.service.Resolution;
import org.clientela.service.internal.cases.CaseCommands;
import org.clientela.service.internal.cases.CaseStatus;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.cases.Channel;
import org.clientela.service.internal.cases.Priority;
import org.clientela.service.internal.cases.ServiceCase;
import org.clientela.service.internal.promises.PromiseLedger;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases over JSON: open one from any channel, read it, change it with the version that was read
 * (409 when someone changed it since), and record the promises made in it.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApi {

    private final Cases cases;
    private final PromiseLedger ledger;
    private final CustomerNames names;

    CaseApi(Cases cases, PromiseLedger ledger, CustomerNames names) {
        this.cases = cases;
        this.ledger = ledger;
        this.names = names;
    }

    /** A new case; the words of {@code type}, {@code channel}, {@code reason} and {@code priority} are the enum names. */
    record NewCase(
            Long customerId,
            String type,
            String channel,
            String reason,
            String priority,
            String owner,
            String subject,
            String description) {}

    /** A change: {@code version} as read, and any field to change; {@code status} moves the case. */
    record CaseChange(
            Long version,
            String priority,
            String owner,
            String subject,
            String description,
            String reason,
            Integer updateEveryDays,
            String status,
            String resolution,
            String explanation) {}

    /** A promise made in the case; {@code dueAt} an ISO-8601 instant. */
    record NewPromise(
            String kind,
            String dueAt,
            @CleanText(max = 1000, lines = true) String description,
            @CleanText(max = 64) String owner) {}

    @PostMapping
    @PreAuthorize(ServiceRoles.OPENERS)
    ResponseEntity<CaseResponse> open(@RequestBody NewCase body) {
        ChoiceParser choices = new ChoiceParser();
        CaseType type = choices.parse(CaseType.class, body.type(), "type", true);
        Channel channel = choices.parse(Channel.class, body.channel(), "channel", true);
        ComplaintReason reason = choices.parse(ComplaintReason.class, body.reason(), "reason", false);
        Priority priority = choices.parse(Priority.class, body.priority(), "priority", false);
        if (body.customerId() == null) {
            choices.add(InputError.field("customerId", "service.value.required"));
        }
        ServiceCase.subjectProblem(body.subject(), true).ifPresent(choices::add);
        if (body.description() != null && body.description().length() > ServiceCase.DESCRIPTION_MAX) {
            choices.add(InputError.field("description", "service.value.tooLong", ServiceCase.DESCRIPTION_MAX));
        }
        if (type != null && type != CaseType.COMPLAINT && reason != null) {
            choices.add(InputError.field("reason", "service.case.reason.onlyComplaints"));
        }
        choices.throwIfAny();
        ServiceCase opened = cases.open(new CaseCommands.OpenCase(
                body.customerId(),
                type,
                channel,
                type == CaseType.COMPLAINT && reason == null ? ComplaintReason.OTHER : reason,
                priority,
                body.owner(),
                body.subject(),
                body.description()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.getId()))
                .body(CaseResponse.of(opened, names));
    }

    @GetMapping("/{id}")
    @PreAuthorize(ServiceRoles.READERS)
    CaseResponse get(@PathVariable long id) {
        return CaseResponse.of(cases.get(id), names);
    }

    @PatchMapping("/{id}")
    @PreAuthorize(ServiceRoles.WRITERS)
    CaseResponse change(@PathVariable long id, @RequestBody CaseChange body) {
        ChoiceParser choices = new ChoiceParser();
        Priority priority = choices.parse(Priority.class, body.priority(), "priority", false);
        ComplaintReason reason = choices.parse(ComplaintReason.class, body.reason(), "reason", false);
        CaseStatus status = choices.parse(CaseStatus.class, body.status(), "status", false);
        Resolution resolution = choices.parse(Resolution.class, body.resolution(), "resolution", false);
        if (body.version() == null) {
            choices.add(InputError.field("version", "service.value.required"));
        }
        ServiceCase.subjectProblem(body.subject(), false).ifPresent(choices::add);
        choices.throwIfAny();
        return CaseResponse.of(
                cases.patch(
                        id,
                        body.version(),
                        new CaseCommands.ChangeCase(
                                priority,
                                body.owner(),
                                body.subject(),
                                body.description(),
                                reason,
                                body.updateEveryDays()),
                        status,
                        resolution,
                        body.explanation()),
                names);
    }

    @PostMapping("/{id}/promises")
    @PreAuthorize(ServiceRoles.WRITERS)
    ResponseEntity<PromiseResponse> promise(@PathVariable long id, @Valid @RequestBody NewPromise body) {
        ServiceCase c = cases.get(id);
        ChoiceParser choices = new ChoiceParser();
        PromiseKind kind = choices.parse(PromiseKind.class, body.kind(), "kind", true);
        Instant due = instant(body.dueAt(), choices);
        choices.throwIfAny();
        var made = ledger.make(c.getId(), c.getCustomerId(), kind, due, body.description(), body.owner());
        return ResponseEntity.created(URI.create("/api/v1/promises/" + made.id()))
                .body(PromiseResponse.of(made));
    }

    static Instant instant(String text, ChoiceParser choices) {
        if (text == null || text.isBlank()) {
            choices.add(InputError.field("dueAt", "service.promise.dueAt.required"));
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException bad) {
            choices.add(InputError.field("dueAt", "service.promise.dueAt.format", text));
            return null;
        }
    }
}
