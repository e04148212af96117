package org.clientela.service.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;

/** Turns the words a client sends into enum values, naming the field when a word is unknown (422). */
final class ChoiceParser {

    private final List<InputError> errors = new ArrayList<>();

    <E extends Enum<E>> E parse(Class<E> type, String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(InputError.field(field, "service.value.required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(InputError.field(field, "service.value.unknown", value, allowed(type)));
            return null;
        }
    }

    void add(InputError error) {
        errors.add(error);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return String.join(
                ", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
