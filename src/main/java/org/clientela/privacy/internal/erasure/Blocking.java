package org.clientela.privacy.internal.erasure;

import java.util.List;
import org.clientela.platform.AuditLog;
import org.clientela.platform.PersonalDataAnonymiser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocking a customer (LOPDGDD art. 32): their data stays, for legal claims only, and they vanish
 * from the searches, where every module's {@link PersonalDataAnonymiser#hide} takes them out. The
 * journal records the step, so a customer blocked stays blocked; anonymising comes later.
 */
@Service
public class Blocking {

    static final String AUDIT_ACTION = "PRIVACY_CUSTOMER_BLOCKED";

    private final List<PersonalDataAnonymiser> modules;
    private final ErasureEntries journal;
    private final Anonymisations anonymisations;
    private final AuditLog audit;

    Blocking(
            List<PersonalDataAnonymiser> modules,
            ErasureEntries journal,
            Anonymisations anonymisations,
            AuditLog audit) {
        this.modules = modules;
        this.journal = journal;
        this.anonymisations = anonymisations;
        this.audit = audit;
    }

    /** Blocks {@code customerId} at a person's request. */
    @Transactional
    public void block(long customerId) {
        block(customerId, ErasureEntries.BY_PERSON);
    }

    @Transactional
    void block(long customerId, String origin) {
        ErasureStep step = anonymisations.stepOf(customerId);
        if (!step.canBecome(ErasureStep.BLOCKED)) {
            throw new ErasureStateException(customerId, step, ErasureStep.BLOCKED);
        }
        modules.forEach(module -> module.hide(customerId));
        journal.append(customerId, ErasureStep.BLOCKED, origin);
        audit.record(
                AUDIT_ACTION, "customer", customerId, "Customer " + customerId + " blocked", null, null, customerId);
    }
}
