package org.clientela.platform;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The erasure journal while nothing erases: no erasure is recorded, so none is re-applied. The
 * privacy module replaces this bean with the journal of the erasures it makes.
 */
@Component
class NoErasuresYet implements ErasureJournal {

    @Override
    public List<Erasure> since(Instant moment) {
        return List.of();
    }

    @Override
    public void reapply(Erasure erasure) {
        throw new IllegalStateException("No erasure was ever recorded, so none can be applied again");
    }
}
