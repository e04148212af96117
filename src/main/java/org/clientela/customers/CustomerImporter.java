package org.clientela.customers;

import java.nio.file.Path;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportResult;

/**
 * Imports customers from a CSV file with the header {@code customer_number,name,kind,email,phone}
 * (more optional columns allowed). All or nothing: a file with any bad row writes nothing and
 * throws {@link org.clientela.platform.InvalidInputException} listing every bad row. The customer
 * number is the key, so importing the same file twice changes nothing.
 */
public interface CustomerImporter {

    ImportResult importCsv(Path csvFile, ImportProgress progress);
}
