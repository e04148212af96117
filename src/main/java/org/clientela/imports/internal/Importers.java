package org.clientela.imports.internal;

import java.io.InputStream;
import java.nio.file.Path;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderImporter;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportResult;
import org.clientela.sales.ProspectImportResult;
import org.clientela.sales.ProspectImporter;
import org.springframework.stereotype.Component;

/** Runs the importer for a kind of file, from a stream, spooling it first. */
@Component
public class Importers {

    private final CustomerImporter customers;
    private final OrderImporter orders;
    private final ProspectImporter prospects;
    private final SpooledFile spool;

    Importers(CustomerImporter customers, OrderImporter orders, ProspectImporter prospects, SpooledFile spool) {
        this.customers = customers;
        this.orders = orders;
        this.prospects = prospects;
        this.spool = spool;
    }

    /** Imports now, in the caller's thread: the API's way. */
    public ImportResult run(ImportKind kind, InputStream csv) {
        Path file = spool.store(csv);
        try {
            return run(kind, file, ImportProgress.NONE);
        } finally {
            spool.delete(file);
        }
    }

    /** Imports a prospect list now, in the caller's thread, with the possible duplicates it found. */
    public ProspectImportResult runProspects(InputStream csv) {
        Path file = spool.store(csv);
        try {
            return prospects.importCsv(file, ImportProgress.NONE);
        } finally {
            spool.delete(file);
        }
    }

    ImportResult run(ImportKind kind, Path file, ImportProgress progress) {
        return switch (kind) {
            case CUSTOMERS -> customers.importCsv(file, progress);
            case ORDERS -> orders.importCsv(file, progress);
            case PROSPECTS -> prospects.importCsv(file, progress).counts();
        };
    }
}
