package org.clientela.platform;

/**
 * One thing wrong with what a person sent: which field (and, in a file, which line) and why,
 * as a message key with its arguments so that it can be said in the reader's language.
 *
 * @param line       line in the file (1 is the header), or {@code null} outside files
 * @param field      the field or column name
 * @param messageKey message key of the reason
 * @param args       arguments of the message
 *     <p>Serializable: a page carries it across its redirect in the session (a flash attribute),
 *     and the session store writes the session's attributes serialized.
 */
public record InputError(Long line, String field, String messageKey, Object... args) implements java.io.Serializable {

    public static InputError field(String field, String messageKey, Object... args) {
        return new InputError(null, field, messageKey, args);
    }

    public static InputError atLine(long line, String column, String messageKey, Object... args) {
        return new InputError(line, column, messageKey, args);
    }
}
