package org.clientela.privacy.internal.erasure;

import java.time.Instant;
import java.util.List;
import org.clientela.platform.ErasureJournal;
import org.springframework.stereotype.Component;

/**
 * The erasure journal as the backups module reads it after a restore: every anonymisation made
 * after the archive's moment, by customer id, applied again to the restored data. Blocking is
 * journalled too and needs nothing applied: where a customer stands is read from the journal,
 * which a restore leaves as it was.
 */
@Component
class ErasureReplay implements ErasureJournal {

    static final String KIND = "customer";

    private final ErasureEntries entries;
    private final Anonymisations anonymisations;

    ErasureReplay(ErasureEntries entries, Anonymisations anonymisations) {
        this.entries = entries;
        this.anonymisations = anonymisations;
    }

    @Override
    public List<Erasure> since(Instant moment) {
        return entries.since(moment).stream()
                .filter(entry -> entry.step() == ErasureStep.ANONYMISED)
                .map(entry -> new Erasure(Long.toString(entry.customerId()), KIND, entry.madeAt()))
                .toList();
    }

    @Override
    public void reapply(Erasure erasure) {
        if (!KIND.equals(erasure.kind())) {
            throw new IllegalArgumentException("Not an erasure this journal made: " + erasure.kind());
        }
        anonymisations.reapply(Long.parseLong(erasure.subject()));
    }
}
