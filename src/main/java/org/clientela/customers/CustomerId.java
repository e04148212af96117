package org.clientela.customers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A customer's id, typed where it travels with ids of other things (an event naming a customer and
 * a case, a call task and its customer), so that the compiler, not a reader, notices a swap. Code
 * that reads and writes the customer's rows unwraps it with {@link #value()}.
 *
 * <p>In JSON (events kept in the publication registry) it is the plain number, as the events stored
 * before it existed hold it.
 */
public record CustomerId(long value) {

    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("A customer id is a positive number, not " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CustomerId of(long value) {
        return new CustomerId(value);
    }

    @Override
    @JsonValue
    public long value() {
        return value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
