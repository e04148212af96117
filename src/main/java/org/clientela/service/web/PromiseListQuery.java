package org.clientela.service.web;

import org.clientela.platform.ListLinks;
import org.clientela.service.internal.promises.PromiseStatus;

/**
 * The promise list's parameters read once, the same way for the page and for its CSV export, so the
 * export has exactly the promises and order the list shows.
 */
record PromiseListQuery(PromiseStatus status, int days, String owner, ListLinks.Direction direction, ListLinks links) {

    static PromiseListQuery of(PromiseStatus status, int days, String owner, String dir) {
        String who = owner == null || owner.isBlank() ? null : owner.strip();
        int window = Math.min(Math.max(days, 1), 3650);
        // Pending promises soonest due first, the others latest first, unless the person turned it round.
        ListLinks.Direction direction = dir != null
                ? ListLinks.Direction.of(dir)
                : status == PromiseStatus.PENDING ? ListLinks.Direction.ASC : ListLinks.Direction.DESC;
        ListLinks links = ListLinks.of("/service/promises", "due", direction)
                .with("status", status)
                .with("days", window)
                .with("owner", who);
        return new PromiseListQuery(status, window, who, direction, links);
    }
}
