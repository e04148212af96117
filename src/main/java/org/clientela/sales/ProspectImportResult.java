package org.clientela.sales;

import java.util.List;
import org.clientela.platform.ImportResult;

/**
 * What a prospect import did: the counts every import gives, and the rows that may be a record
 * already there ({@code duplicates} of them; the first {@link #WARNINGS_SHOWN} listed).
 */
public record ProspectImportResult(
        long rows, long created, long updated, long unchanged, long duplicates, List<DuplicateWarning> warnings) {

    public static final int WARNINGS_SHOWN = 1000;

    public ProspectImportResult {
        warnings = List.copyOf(warnings);
    }

    /** The counts alone, as every import reports them. */
    public ImportResult counts() {
        return new ImportResult(rows, created, updated, unchanged);
    }

    /**
     * Line {@code line} (the prospect {@code externalId}) may be the customer or prospect
     * {@code duplicateOf}.
     */
    public record DuplicateWarning(long line, String externalId, DuplicateOf duplicateOf) {}

    /** A customer ({@code number} is its customer number) or a prospect ({@code number} is null). */
    public record DuplicateOf(String type, long id, String name, String number) {}
}
