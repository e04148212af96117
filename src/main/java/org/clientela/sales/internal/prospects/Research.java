package org.clientela.sales.internal.prospects;

import java.util.stream.Stream;

/**
 * The homework before the first call of a top-down approach: the name of the person with the title
 * to approach, what the company does to exist and prosper, its recent changes or news, and why we
 * chose it. Each is a short text, done when not blank.
 */
public record Research(String contact, String business, String news, String reason) {

    public static final int TOTAL = 4;
    public static final int CONTACT_MAX = 500;
    public static final int TEXT_MAX = 1000;

    public static final Research NONE = new Research(null, null, null, null);

    public int done() {
        return (int) Stream.of(contact, business, news, reason)
                .filter(t -> t != null && !t.isBlank())
                .count();
    }

    public boolean complete() {
        return done() == TOTAL;
    }

    /** Done as a whole percentage, for the checklist's bar. */
    public int percent() {
        return done() * 100 / TOTAL;
    }
}
