package org.clientela.sales.internal.prospects;

import org.clientela.platform.SortColumn;

/** The columns a prospect list sorts by. */
public enum ProspectSort implements SortColumn {
    NAME("p.sort_name %1$s, p.id %1$s"),
    CITY("p.city %1$s, p.sort_name %1$s, p.id %1$s"),
    EMPLOYEES("p.employees %1$s, p.sort_name %1$s, p.id %1$s"),
    CREATED("p.created_at %1$s, p.id %1$s");

    private final String orderBy;

    ProspectSort(String orderBy) {
        this.orderBy = orderBy;
    }

    @Override
    public String orderBy() {
        return orderBy;
    }
}
