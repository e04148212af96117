package org.clientela.sales.internal.prospects;

/**
 * A record the prospect may already be: a customer ({@code number} is its customer number) or
 * another prospect ({@code number} is {@code null}). Serializable because the prospect form carries it
 * to the page it redirects to as a flash attribute, and sessions are kept in the database.
 */
public record DuplicateOf(Type type, long id, String name, String number) implements java.io.Serializable {

    public enum Type {
        PROSPECT,
        CUSTOMER
    }
}
