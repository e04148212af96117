package org.clientela.sales.internal.prospects;

/**
 * A record the prospect may already be: a customer ({@code number} is its customer number) or
 * another prospect ({@code number} is {@code null}).
 */
public record DuplicateOf(Type type, long id, String name, String number) {

    public enum Type {
        PROSPECT,
        CUSTOMER
    }
}
