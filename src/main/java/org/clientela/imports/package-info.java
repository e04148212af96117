/**
 * Imports: bringing the spreadsheets a business already has into Clientela — customers and
 * orders from CSV, through the API at once or from the page with visible progress.
 */
@ApplicationModule(
        displayName = "Imports",
        allowedDependencies = {"customers", "orders", "platform"})
package org.clientela.imports;

import org.springframework.modulith.ApplicationModule;
