package org.clientela.service.internal.cases;

import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;

/** A decision against the customer explained in fewer characters than the setting asks. */
class ExplanationTooShortException extends InvalidInputException {

    ExplanationTooShortException(int minimum, int actual) {
        super(InputError.field("explanation", "service.case.explanation.tooShort", minimum, actual));
    }
}
