package org.clientela.orders;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An order's id, typed where it travels with ids of other things (an order and the customer who
 * placed it), so that the compiler, not a reader, notices a swap. Code that reads and writes the
 * order's rows unwraps it with {@link #value()}.
 *
 * <p>In JSON it is the plain number, as the customer and case ids beside it are.
 */
public record OrderId(long value) {

    public OrderId {
        if (value <= 0) {
            throw new IllegalArgumentException("An order id is a positive number, not " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OrderId of(long value) {
        return new OrderId(value);
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
