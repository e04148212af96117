package org.clientela.service.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.NotFoundException;
import org.clientela.service.internal.keep.KeepOrLetGo;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Keep or let go over JSON: a customer's last 12 months against their cost to serve, the
 * decisions taken so far, and a new decision — which only managers (and admins) take.
 */
@RestController
@Tag(name = "Service: keep or let go", description = "A customer's worth against their cost to serve")
class KeepOrLetGoApi {

    static final String DECIDERS = "hasAnyRole('ADMIN','MANAGER')";
    private static final int HISTORY = 50;

    private final KeepOrLetGo keep;
    private final CustomerDirectory directory;

    KeepOrLetGoApi(KeepOrLetGo keep, CustomerDirectory directory) {
        this.keep = keep;
        this.directory = directory;
    }

    /** The four answers (true/false), their notes, {@code decision} = KEEP, LET_GO or TALK_FIRST, and why. */
    record NewDecision(
            Boolean worthKeeping,
            String worthNote,
            Boolean lossHurts,
            String lossNote,
            Boolean cheapFix,
            String cheapNote,
            Boolean dignityHurt,
            String dignityNote,
            String decision,
            String reasoning) {}

    record Assessment(long customerId, KeepOrLetGo.Figures figures, List<KeepOrLetGo.Assessment> history) {}

    @GetMapping("/api/v1/customers/{id}/keep-or-let-go")
    @PreAuthorize(ServiceRoles.READERS)
    @Operation(
            summary = "12-month revenue, expected lifetime value (when the retention model has one), cases, hours "
                    + "and concessions, with the decisions taken so far, newest first (at most 50)")
    Assessment get(@PathVariable long id) {
        directory.find(id).orElseThrow(() -> new NotFoundException("customer", id));
        return new Assessment(id, keep.figures(id), keep.history(id, HISTORY));
    }

    @PostMapping("/api/v1/customers/{id}/keep-or-let-go/decisions")
    @PreAuthorize(DECIDERS)
    @Operation(
            summary = "Record a decision with the four answers and the figures of today (managers and admins); "
                    + "422 naming each missing or wrong field")
    ResponseEntity<KeepOrLetGo.Assessment> decide(@PathVariable long id, @RequestBody NewDecision body) {
        ChoiceParser choices = new ChoiceParser();
        KeepOrLetGo.Decision decision = choices.parse(KeepOrLetGo.Decision.class, body.decision(), "decision", false);
        choices.throwIfAny();
        KeepOrLetGo.Assessment made = keep.decide(
                id,
                new KeepOrLetGo.Answers(
                        body.worthKeeping(),
                        body.worthNote(),
                        body.lossHurts(),
                        body.lossNote(),
                        body.cheapFix(),
                        body.cheapNote(),
                        body.dignityHurt(),
                        body.dignityNote(),
                        decision,
                        body.reasoning()));
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/keep-or-let-go"))
                .body(made);
    }
}
