package org.clientela.sales;

import java.nio.file.Path;
import org.clientela.platform.ImportProgress;

/**
 * Imports prospects from a CSV file with the header
 * {@code external_id,name,sector,employees,phone,email,tax_id,campaign} (and optionally
 * {@code contact_name,contact_title,owner,web,city}). All or nothing: a file with any bad row writes
 * nothing and throws {@link org.clientela.platform.InvalidInputException} listing every bad row. The
 * external id is the key, so importing the same file twice changes nothing. A prospect that may
 * already be a customer or another prospect is still imported, and reported among the warnings.
 */
public interface ProspectImporter {

    ProspectImportResult importCsv(Path csvFile, ImportProgress progress);
}
