package org.clientela.platform;

/**
 * What an import did: rows read, and the records (customers, or orders for an orders file) it
 * created, changed, or found already as the file says.
 */
public record ImportResult(long rows, long created, long updated, long unchanged) {}
