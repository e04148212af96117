package org.clientela.platform;

import java.time.Instant;
import java.util.List;

/**
 * The erasures made in this business, by pseudonymous id only, so that restoring an archive taken
 * before an erasure does not bring the erased person back: after a restore the backups module asks
 * for every erasure made since the archive's moment and has each one applied again.
 *
 * <p>The privacy module keeps the journal (customer ids and moments, never a name) in a table that
 * backups do not carry, so a restore never brings back an older journal along with the older data.
 */
public interface ErasureJournal {

    /** The erasures made after {@code moment}, oldest first. */
    List<Erasure> since(Instant moment);

    /**
     * Applies {@code erasure} again to the data as it now stands, in the caller's transaction (the
     * restore's, so the restored data never commits without it), or in its own when there is none.
     */
    void reapply(Erasure erasure);

    /**
     * One erasure.
     *
     * @param subject  the erased person's pseudonymous id (never a name, e-mail or phone)
     * @param kind     what was erased (e.g. a customer, a contact)
     * @param erasedAt when
     */
    record Erasure(String subject, String kind, Instant erasedAt) {}
}
