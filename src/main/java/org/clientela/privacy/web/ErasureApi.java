package org.clientela.privacy.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.clientela.platform.PersonalDataAnonymiser.Change;
import org.clientela.privacy.internal.erasure.Anonymisations;
import org.clientela.privacy.internal.erasure.Anonymisations.ErasureReport;
import org.clientela.privacy.internal.erasure.ErasureStep;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasing a customer over JSON (issue 19): {@code dryRun: true} answers what would change, per
 * module, table and column, with row counts and no personal data; {@code dryRun: false} anonymises
 * and answers the same list of what changed. Admins only: erasure cannot be undone, and it is the
 * controller's decision (GDPR art. 17), which managers may prepare with the dry run on the page
 * but not take. A second erasure answers 409.
 */
@RestController
class ErasureApi {

    private final Anonymisations anonymisations;

    ErasureApi(Anonymisations anonymisations) {
        this.anonymisations = anonymisations;
    }

    /** What to do: only count ({@code true}) or anonymise ({@code false}). */
    record ErasureRequest(@NotNull Boolean dryRun) {}

    /** What changed or would change. */
    record ErasureAnswer(long customerId, boolean dryRun, ErasureStep state, long rows, List<Change> changes) {
        static ErasureAnswer of(ErasureReport report) {
            return new ErasureAnswer(
                    report.customerId(), report.dryRun(), report.step(), report.rows(), report.changes());
        }
    }

    @PostMapping("/api/v1/customers/{id}/erasure")
    @PreAuthorize("hasRole('ADMIN')")
    ErasureAnswer erase(@PathVariable long id, @Valid @RequestBody ErasureRequest request) {
        return ErasureAnswer.of(request.dryRun() ? anonymisations.preview(id) : anonymisations.anonymise(id));
    }
}
