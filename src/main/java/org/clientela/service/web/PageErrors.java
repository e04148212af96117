package org.clientela.service.web;

import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts each rule a form broke next to its field, in the reader's language. */
final class PageErrors {

    private PageErrors() {}

    static void reject(InvalidInputException ex, BindingResult errors) {
        for (InputError error : ex.errors()) {
            if (errors.getFieldType(error.field()) != null || hasProperty(errors, error.field())) {
                errors.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
            } else {
                errors.reject(error.messageKey(), error.args(), error.messageKey());
            }
        }
    }

    private static boolean hasProperty(BindingResult errors, String field) {
        try {
            errors.getFieldValue(field);
            return true;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
