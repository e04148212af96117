package org.clientela.privacy.internal.erasure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clientela.platform.ErasureJournal;
import org.springframework.stereotype.Component;

/**
 * The erasure journal as the backups module reads it after a restore: every anonymisation made
 * after the archive's moment, of a customer or of a prospect who never became one, by id, applied
 * again to the restored data in the order they were made. Blocking is
 * journalled too and needs nothing applied: where a customer stands is read from the journal,
 * which a restore leaves as it was.
 */
@Component
class ErasureReplay implements ErasureJournal {

    static final String KIND = "customer";
    static final String PROSPECT = "prospect";

    private final ErasureEntries entries;
    private final Anonymisations anonymisations;
    private final ProspectErasures prospects;

    ErasureReplay(ErasureEntries entries, Anonymisations anonymisations, ProspectErasures prospects) {
        this.entries = entries;
        this.anonymisations = anonymisations;
        this.prospects = prospects;
    }

    @Override
    public List<Erasure> since(Instant moment) {
        List<Erasure> erasures = new ArrayList<>();
        entries.since(moment).stream()
                .filter(entry -> entry.step() == ErasureStep.ANONYMISED)
                .forEach(entry -> erasures.add(new Erasure(Long.toString(entry.customerId()), KIND, entry.madeAt())));
        entries.prospectsSince(moment)
                .forEach(entry ->
                        erasures.add(new Erasure(Long.toString(entry.prospectId()), PROSPECT, entry.madeAt())));
        // Stable: within a moment each journal keeps its own order.
        erasures.sort(Comparator.comparing(Erasure::erasedAt));
        return erasures;
    }

    @Override
    public void reapply(Erasure erasure) {
        long id = Long.parseLong(erasure.subject());
        switch (erasure.kind()) {
            case KIND -> anonymisations.reapply(id);
            case PROSPECT -> prospects.reapply(id);
            default -> throw new IllegalArgumentException("Not an erasure this journal made: " + erasure.kind());
        }
    }
}
