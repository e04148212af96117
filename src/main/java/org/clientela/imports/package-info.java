/**
 * Imports: bringing the spreadsheets a business already has into Clientela — customers and
 * orders and prospects from CSV, through the API at once or from the page with visible progress.
 */
@ApplicationModule(
        displayName = "Imports",
        allowedDependencies = {"customers", "orders", "sales", "platform"})
package org.clientela.imports;

import org.springframework.modulith.ApplicationModule;
