package org.clientela.service.web;

import org.clientela.platform.ListLinks;
import org.clientela.service.CaseType;
import org.clientela.service.internal.cases.CaseList;
import org.clientela.service.internal.cases.CaseStatus;

/**
 * The case list's parameters read once, the same way for the page and for its CSV export, so the
 * export has exactly the cases and order the list shows.
 */
record CaseListQuery(CaseList.Filter filter, CaseList.Column column, ListLinks.Direction direction, ListLinks links) {

    static CaseListQuery of(
            CaseStatus status,
            Boolean open,
            String owner,
            CaseType type,
            Boolean overdue,
            Long customerId,
            String sort,
            String dir) {
        var filter = new CaseList.Filter(status, open, owner, type, overdue, customerId);
        // The old sort names (NEWEST, OLDEST, UPDATE_DUE) still work in links people kept.
        ListLinks.Direction direction = ListLinks.Direction.of(dir);
        CaseList.Column column = CaseList.Column.parse(sort);
        if ("OLDEST".equalsIgnoreCase(sort)) {
            column = CaseList.Column.OPENED;
            direction = ListLinks.Direction.ASC;
        } else if ("UPDATE_DUE".equalsIgnoreCase(sort)) {
            column = CaseList.Column.UPDATE_DUE;
            direction = ListLinks.Direction.ASC;
        } else if (column == null) {
            column = CaseList.Column.OPENED;
            direction = dir == null || "NEWEST".equalsIgnoreCase(sort) ? ListLinks.Direction.DESC : direction;
        }
        ListLinks links = ListLinks.of("/service/cases", column.param(), direction)
                .with("status", status)
                .with("open", open)
                .with("owner", owner == null ? null : owner.strip())
                .with("type", type)
                .with("overdue", overdue)
                .with("customerId", customerId);
        return new CaseListQuery(filter, column, direction, links);
    }
}
