package org.clientela.service;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A service case's id, typed where it travels with ids of other things (an event naming a case and
 * its customer, a promise made on a case), so that the compiler, not a reader, notices a swap. Code
 * that reads and writes the case's rows unwraps it with {@link #value()}.
 *
 * <p>In JSON (events kept in the publication registry) it is the plain number, as the events stored
 * before it existed hold it.
 */
public record CaseId(long value) {

    public CaseId {
        if (value <= 0) {
            throw new IllegalArgumentException("A case id is a positive number, not " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CaseId of(long value) {
        return new CaseId(value);
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
