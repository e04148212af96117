package org.clientela.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with the rows of a file, so that a person gets every bad row in one go
 * (up to {@link #LIMIT}, enough to fix a file and small enough to show) instead of one per try.
 */
public final class RowErrors {

    public static final int LIMIT = 1000;

    private final List<InputError> errors = new ArrayList<>();
    private long count;

    public void add(long line, String column, String messageKey, Object... args) {
        count++;
        if (errors.size() < LIMIT) {
            errors.add(InputError.atLine(line, column, messageKey, args));
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** Throws the errors found, if any, as one {@link InvalidInputException}. */
    public void throwIfAny() {
        if (count == 0) {
            return;
        }
        List<InputError> all = new ArrayList<>(errors);
        if (count > LIMIT) {
            all.add(InputError.atLine(0, "-", "csv.tooManyErrors", LIMIT));
        }
        throw new InvalidInputException(all);
    }
}
