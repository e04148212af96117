package org.clientela.platform;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field as its column takes it: at most {@link #max()} characters and no control
 * characters ({@link TextInput}); {@code lines = true} lets tab and line breaks through, for
 * notes and descriptions. {@code null} is valid (combine with {@code @NotBlank} where required).
 * Put it on form and request fields with the size of the column the field is stored in.
 */
@Documented
@Constraint(validatedBy = CleanTextValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanText {

    /** The column's size in characters. */
    int max();

    /** Whether the field holds several lines (tab, line feed and carriage return allowed). */
    boolean lines() default false;

    String message() default "{input.text.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
