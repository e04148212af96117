package org.clientela.privacy.internal.requests;

import java.util.Locale;

/**
 * The filter, sort and page of the register's list.
 *
 * @param show       which requests: the pending ones (the default), the overdue ones, or all
 * @param customerId only this customer's, or null for everyone's
 */
public record RequestQuery(Show show, Long customerId, Sort sort, boolean descending, int page, int size) {

    public static final int SIZE_MAX = 200;

    public RequestQuery {
        show = show == null ? Show.OPEN : show;
        sort = sort == null ? Sort.DUE : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, SIZE_MAX);
    }

    /** Which requests the list shows. */
    public enum Show {
        /** Still waiting for an answer: open or extended. */
        OPEN,
        /** Still waiting after their last day. */
        OVERDUE,
        ALL;

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The choice named in a URL, or null for an unknown one. */
        public static Show of(String param) {
            if (param == null || param.isBlank()) {
                return OPEN;
            }
            for (Show s : values()) {
                if (s.param().equalsIgnoreCase(param.strip())) {
                    return s;
                }
            }
            return null;
        }
    }

    /** The orders the list can take, each by one column and the id. */
    public enum Sort {
        DUE("due_on"),
        RECEIVED("received_on"),
        KIND("kind"),
        STATUS("status"),
        HANDLER("handler");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The sort named in a URL, or null. */
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
