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

    /** {@code value} when it is present and short enough, else {@code null} (with an error if required or long). */
    public String required(long line, String column, String value, int max) {
        if (value.isEmpty()) {
            add(line, column, "csv.required", column);
            return null;
        }
        return optional(line, column, value, max);
    }

    /**
     * {@code value}, or {@code null} when it is empty or (with an error) longer than {@code max} or
     * holding a control character other than tab and line breaks ({@link TextInput}).
     */
    public String optional(long line, String column, String value, int max) {
        if (value.isEmpty()) {
            return null;
        }
        if (TextInput.hasControl(value, true)) {
            add(line, column, TextInput.CONTROL, column);
            return null;
        }
        if (value.length() > max) {
            add(line, column, "csv.tooLong", column, max);
            return null;
        }
        return value;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** Throws the errors found, if any, as one {@link InvalidInputException}. */
    public void throwIfAny() {
        throwIfAny(this);
    }

    /**
     * Throws the errors of every list, if any, as one {@link InvalidInputException}: the errors of
     * a file found by different checks (each row on its own, then rows against what is stored).
     */
    public static void throwIfAny(RowErrors... lists) {
        long count = 0;
        List<InputError> all = new ArrayList<>();
        for (RowErrors list : lists) {
            count += list.count;
            all.addAll(list.errors.subList(0, Math.min(list.errors.size(), LIMIT - all.size())));
        }
        if (count == 0) {
            return;
        }
        if (count > LIMIT) {
            all.add(InputError.atLine(0, "-", "csv.tooManyErrors", LIMIT));
        }
        throw new InvalidInputException(all);
    }
}
