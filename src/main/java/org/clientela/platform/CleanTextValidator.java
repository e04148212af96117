package org.clientela.platform;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link CleanText} field, saying which of its rules the text breaks. */
class CleanTextValidator implements ConstraintValidator<CleanText, CharSequence> {

    private int max;
    private boolean lines;

    @Override
    public void initialize(CleanText annotation) {
        max = annotation.max();
        lines = annotation.lines();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String template;
        if (TextInput.hasControl(value, lines)) {
            template = lines ? "{input.text.controlInField}" : "{input.text.controlInLine}";
        } else if (value.length() > max) {
            template = "{input.text.tooLongInField}";
        } else {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        return false;
    }
}
