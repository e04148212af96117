package org.clientela.privacy.internal.erasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clientela.platform.AuditForgetting;
import org.clientela.platform.AuditLog;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.PersonalDataAnonymiser.Change;
import org.clientela.privacy.internal.consents.ConsentLedger;
import org.clientela.sales.ProspectDirectory;
import org.clientela.sales.ProspectDirectory.ProspectRef;
import org.clientela.sales.ProspectPersonalData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasing a prospect who never became a customer (issue 19), by anonymisation as a customer is: the
 * sales module replaces the prospect's words with the prospect's marker and keeps every count, the
 * audit log forgets the prospect's states and quoted words, the consents of its contact people (who
 * go) stop standing while their history stays as the record of what they said, the journal records
 * the prospect's id and the moment (so a restore of an older archive anonymises the prospect again),
 * and one audit entry says so without personal data. A won prospect is erased as the customer it
 * became; a second erasure is refused.
 */
@Service
public class ProspectErasures {

    static final String AUDIT_ACTION = "PRIVACY_PROSPECT_ANONYMISED";

    private final ProspectDirectory prospects;
    private final ProspectPersonalData sales;
    private final AuditForgetting auditLog;
    private final AuditLog audit;
    private final ErasureEntries journal;
    private final ConsentLedger consents;

    ProspectErasures(
            ProspectDirectory prospects,
            ProspectPersonalData sales,
            AuditForgetting auditLog,
            AuditLog audit,
            ErasureEntries journal,
            ConsentLedger consents) {
        this.prospects = prospects;
        this.sales = sales;
        this.auditLog = auditLog;
        this.audit = audit;
        this.journal = journal;
        this.consents = consents;
    }

    /** What an erasure of a prospect did or would do, per module, table and column. */
    public record ProspectErasureReport(long prospectId, boolean dryRun, List<Change> changes) {

        /** Rows changed (or to change), all columns together. */
        public long rows() {
            return changes.stream().mapToLong(Change::rows).sum();
        }
    }

    /** What anonymising {@code prospectId} would change; nothing is changed. */
    @Transactional(readOnly = true)
    public ProspectErasureReport preview(long prospectId) {
        erasable(prospectId);
        return new ProspectErasureReport(prospectId, true, run(prospectId, true));
    }

    /** Anonymises {@code prospectId} at a person's request. */
    @Transactional
    public ProspectErasureReport anonymise(long prospectId) {
        return anonymise(prospectId, ErasureEntries.BY_PERSON);
    }

    @Transactional
    ProspectErasureReport anonymise(long prospectId, String origin) {
        erasable(prospectId);
        List<Change> changes = run(prospectId, false);
        journal.appendProspect(prospectId, origin);
        long rows = changes.stream().mapToLong(Change::rows).sum();
        audit.record(
                AUDIT_ACTION,
                "prospect",
                prospectId,
                "Prospect " + prospectId + " anonymised (" + rows + " values)",
                null,
                null,
                prospectId,
                rows);
        return new ProspectErasureReport(prospectId, false, changes);
    }

    /**
     * Anonymises {@code prospectId} again after a restore brought back their words; a prospect the
     * restored data does not hold is skipped. No audit entry of its own: the restore's says how many
     * erasures it applied again.
     */
    @Transactional
    void reapply(long prospectId) {
        if (prospects.find(prospectId).isPresent()) {
            run(prospectId, false);
        }
    }

    private void erasable(long prospectId) {
        ProspectRef prospect =
                prospects.find(prospectId).orElseThrow(() -> new NotFoundException("prospect", prospectId));
        if (prospect.customerId() != null) {
            throw new ProspectErasureConflict(prospectId, prospect.customerId());
        }
        if (sales.anonymised(prospectId)) {
            throw new ProspectErasureConflict(prospectId, null);
        }
    }

    private List<Change> run(long prospectId, boolean dryRun) {
        Set<String> identifiers = sales.identifiers(prospectId);
        List<Change> changes = new ArrayList<>(sales.anonymise(prospectId, dryRun));
        long standing = consents.forgetProspectPeople(prospectId, dryRun);
        if (standing > 0) {
            changes.add(new Change("privacy", "privacy_consent_current", "*", standing));
        }
        changes.addAll(
                auditLog.forget("prospect", prospectId, identifiers, ProspectPersonalData.marker(prospectId), dryRun));
        return changes;
    }
}
