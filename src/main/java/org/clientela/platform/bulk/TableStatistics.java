package org.clientela.platform.bulk;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What the query planner knows of tables that a bulk write grows. */
public final class TableStatistics {

    private final JdbcTemplate template;

    public TableStatistics(JdbcTemplate template) {
        this.template = template;
    }

    /** On PostgreSQL: for the rest of the current transaction, look rows up by their indexes. */
    public void preferIndexesInThisTransaction() {
        template.execute("SET LOCAL enable_seqscan = off");
    }

    /** On PostgreSQL: for the rest of the current transaction, plan as the statistics say again. */
    public void planFreelyInThisTransaction() {
        template.execute("SET LOCAL enable_seqscan = on");
    }

    /** Refreshes the statistics of {@code tables}; inside a transaction it does nothing. */
    public void refresh(boolean postgres, String... tables) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        if (postgres) {
            template.execute("ANALYZE " + String.join(", ", tables));
        } else {
            template.execute("ANALYZE");
        }
    }
}
