package org.clientela.platform;

import java.util.List;

/**
 * Input that breaks a business rule. The API answers 422 with a problem detail listing every
 * error; pages show each message next to its field.
 */
public class InvalidInputException extends RuntimeException {

    private final List<InputError> errors;

    public InvalidInputException(List<InputError> errors) {
        super(errors.size() + " invalid input(s), first: "
                + (errors.isEmpty() ? "-" : errors.get(0).field()));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(InputError error) {
        this(List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }
}
