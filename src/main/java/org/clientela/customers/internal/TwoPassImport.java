package org.clientela.customers.internal;

import java.nio.file.Path;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportProgress.Phase;
import org.clientela.platform.ImportResult;
import org.clientela.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the customer import runs (the order import reads its file once, on a thread of its own):
 * pass 1 checks every row and writes nothing (a bad row stops it with
 * all the errors), pass 2 writes every row in one transaction, so a file is imported whole or not
 * at all. The writing transaction looks rows up by index however its tables grow, and the
 * planner's statistics are refreshed once it has committed.
 */
@Component
class TwoPassImport {

    private static final Logger log = LoggerFactory.getLogger(TwoPassImport.class);

    /** Pass 1: checks the file and returns its number of rows, or throws {@link InvalidInputException}. */
    @FunctionalInterface
    interface Check {
        long rows(Path file, ImportProgress progress);
    }

    /** Pass 2: writes the checked file, of {@code rows} rows. */
    @FunctionalInterface
    interface Write {
        ImportResult write(Path file, long rows, ImportProgress progress);
    }

    private final TransactionTemplate transaction;
    private final BulkInsert bulk;

    TwoPassImport(TransactionTemplate transaction, BulkInsert bulk) {
        this.transaction = transaction;
        this.bulk = bulk;
    }

    /**
     * Runs both passes over {@code file}.
     *
     * @param what   what is imported, for the log ("Customer", "Order")
     * @param tables the tables pass 2 fills, whose statistics are refreshed afterwards
     */
    ImportResult run(String what, Path file, ImportProgress progress, Check check, Write write, String... tables) {
        long start = System.nanoTime();
        long rows = check.rows(file, progress);
        long checked = System.nanoTime();
        ImportResult result = transaction.execute(status -> {
            bulk.preferIndexesInThisTransaction();
            return write.write(file, rows, progress);
        });
        bulk.refreshStatistics(tables);
        progress.advanced(Phase.WRITING, rows);
        log.info(
                "{} import: {} rows checked in {} ms, written in {} ms: {}",
                what,
                rows,
                (checked - start) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000,
                result);
        return result;
    }
}
