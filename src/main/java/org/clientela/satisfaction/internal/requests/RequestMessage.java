package org.clientela.satisfaction.internal.requests;

import java.time.Instant;

/** What someone wrote on a request: an answer or the closing words of the serving department. */
public record RequestMessage(long id, String author, String department, Kind kind, String body, Instant writtenAt) {

    /** The longest message kept. */
    public static final int BODY_MAX = 4000;

    public enum Kind {
        ANSWER,
        CLOSING
    }
}
