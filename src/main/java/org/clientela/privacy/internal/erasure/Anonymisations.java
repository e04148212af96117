package org.clientela.privacy.internal.erasure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.AuditLog;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.PersonalDataAnonymiser;
import org.clientela.platform.PersonalDataAnonymiser.Change;
import org.clientela.platform.PersonalDataAnonymiser.ErasedPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasing a customer by anonymisation: every module's {@link PersonalDataAnonymiser} in one
 * transaction, first asked what identifies the person, then told to anonymise; the journal records
 * the customer's id and the moment, the audit log one entry without personal data. A dry run asks
 * the same modules to count and changes nothing. Anonymising twice is refused: there is nothing
 * left to anonymise, and the journal keeps one moment per erasure.
 */
@Service
public class Anonymisations {

    static final String AUDIT_ACTION = "PRIVACY_CUSTOMER_ANONYMISED";

    private final List<PersonalDataAnonymiser> modules;
    private final ErasureEntries journal;
    private final CustomerDirectory customers;
    private final AuditLog audit;

    Anonymisations(
            List<PersonalDataAnonymiser> modules, ErasureEntries journal, CustomerDirectory customers, AuditLog audit) {
        this.modules = modules;
        this.journal = journal;
        this.customers = customers;
        this.audit = audit;
    }

    /**
     * What an erasure did or would do: per module, table and column, how many rows.
     *
     * @param step where the customer stands (after the erasure, when it was made)
     */
    public record ErasureReport(long customerId, boolean dryRun, ErasureStep step, List<Change> changes) {

        /** Rows changed (or to change), all columns together. */
        public long rows() {
            return changes.stream().mapToLong(Change::rows).sum();
        }
    }

    /** What anonymising {@code customerId} would change; nothing is changed. */
    @Transactional(readOnly = true)
    public ErasureReport preview(long customerId) {
        ErasureStep step = stepOf(customerId);
        refuseAnonymised(customerId, step);
        return new ErasureReport(customerId, true, step, run(customerId, true));
    }

    /** Anonymises {@code customerId} at a person's request. */
    @Transactional
    public ErasureReport anonymise(long customerId) {
        return anonymise(customerId, ErasureEntries.BY_PERSON);
    }

    @Transactional
    ErasureReport anonymise(long customerId, String origin) {
        ErasureStep step = stepOf(customerId);
        refuseAnonymised(customerId, step);
        List<Change> changes = run(customerId, false);
        journal.append(customerId, ErasureStep.ANONYMISED, origin);
        long rows = changes.stream().mapToLong(Change::rows).sum();
        audit.record(
                AUDIT_ACTION,
                "customer",
                customerId,
                "Customer " + customerId + " anonymised (" + rows + " values)",
                null,
                null,
                customerId,
                rows);
        return new ErasureReport(customerId, false, ErasureStep.ANONYMISED, changes);
    }

    /**
     * Anonymises {@code customerId} again after a restore brought back their data; a customer the
     * restored data does not hold is skipped.
     */
    @Transactional
    void reapply(long customerId) {
        if (customers.find(customerId).isPresent()) {
            run(customerId, false);
        }
    }

    /** Where {@code customerId} stands; an unknown customer is not found. */
    @Transactional(readOnly = true)
    public ErasureStep stepOf(long customerId) {
        if (customers.find(customerId).isEmpty()) {
            throw new NotFoundException("customer", customerId);
        }
        return journal.stepOf(customerId);
    }

    private static void refuseAnonymised(long customerId, ErasureStep step) {
        if (step == ErasureStep.ANONYMISED) {
            throw new ErasureStateException(customerId, step, ErasureStep.ANONYMISED);
        }
    }

    private List<Change> run(long customerId, boolean dryRun) {
        Set<String> identifiers = new LinkedHashSet<>();
        modules.forEach(module -> identifiers.addAll(module.identifiers(customerId)));
        ErasedPerson person = new ErasedPerson(customerId, identifiers);
        List<Change> changes = new ArrayList<>();
        modules.forEach(module -> changes.addAll(module.anonymise(person, dryRun)));
        return changes;
    }
}
