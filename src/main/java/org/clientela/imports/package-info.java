/**
 * Imports: bringing the spreadsheets a business already has into Clientela — customers and
 * orders from CSV, through the API at once or from the page with visible progress.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package org.clientela.imports;
