package org.clientela.platform;

import java.util.List;

/**
 * The rules every text a person sends meets before the database sees it: no longer than its
 * column allows, and no control characters (a NUL, for one, PostgreSQL refuses to store); tab and
 * line breaks only where the field holds several lines. Used by {@link CleanText} on forms and
 * request bodies, by {@link RowErrors} on every column of an imported file, and by services that
 * check their own input.
 */
public final class TextInput {

    /** Message key: the text holds a control character. Argument: the field. */
    public static final String CONTROL = "input.text.control";
    /** Message key: the text is too long. Arguments: the field, the maximum length. */
    public static final String TOO_LONG = "input.text.tooLong";

    private TextInput() {}

    /**
     * Whether {@code text} holds a character no text field takes: C0 controls and DEL; tab, line
     * feed and carriage return count only when {@code lines} is false.
     */
    public static boolean hasControl(CharSequence text, boolean lines) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (lines && (c == '\t' || c == '\n' || c == '\r')) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /** The message key of what is wrong with {@code text}, or {@code null} when it is fine (or null). */
    public static String fault(String text, int max, boolean lines) {
        if (text == null) {
            return null;
        }
        if (hasControl(text, lines)) {
            return CONTROL;
        }
        return text.length() > max ? TOO_LONG : null;
    }

    /** Adds to {@code errors} what is wrong with {@code text} as the value of {@code field}, if anything. */
    public static void check(List<InputError> errors, String field, String text, int max, boolean lines) {
        String fault = fault(text, max, lines);
        if (fault != null) {
            errors.add(InputError.field(field, fault, field, max));
        }
    }

    /** Throws {@link InvalidInputException} when {@code text} breaks a rule. */
    public static void require(String field, String text, int max, boolean lines) {
        String fault = fault(text, max, lines);
        if (fault != null) {
            throw new InvalidInputException(InputError.field(field, fault, field, max));
        }
    }
}
