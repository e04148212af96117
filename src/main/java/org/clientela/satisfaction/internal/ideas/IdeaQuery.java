package org.clientela.satisfaction.internal.ideas;

import java.time.LocalDate;

/**
 * The filters, sort and page of the list of ideas; null filters do not filter.
 *
 * @param from first day an idea was logged (inclusive)
 * @param to   last day an idea was logged (inclusive)
 */
public record IdeaQuery(
        IdeaStatus status,
        IdeaArea area,
        String owner,
        Long customerId,
        LocalDate from,
        LocalDate to,
        Sort sort,
        boolean descending,
        int page,
        int size) {

    public static final int SIZE_MAX = 200;

    public IdeaQuery {
        sort = sort == null ? Sort.CREATED : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, SIZE_MAX);
    }

    /** The orders a list of ideas can take, each by one indexed column and the id. */
    public enum Sort {
        CREATED("created_at"),
        FOLLOW_UP("follow_up_on"),
        STATUS("status"),
        AREA("area"),
        OWNER("owner");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }

        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The sort named in a URL ({@code follow-up}), or null. */
        public static Sort of(String param) {
            if (param == null) {
                return null;
            }
            for (Sort s : values()) {
                if (s.param().equalsIgnoreCase(param.strip())) {
                    return s;
                }
            }
            return null;
        }
    }
}
