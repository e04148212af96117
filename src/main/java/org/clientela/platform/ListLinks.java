package org.clientela.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of one list page that keep what the person chose: the same search, filters and sort
 * on every page link, on the column headers (which sort by that column, or turn its direction
 * around) and on the export. Every state lives in the URL, so Back and a shared link show the
 * same list. Templates wrap the links in {@code @{...}} for the context path.
 */
public final class ListLinks {

    /** Ascending or descending, as {@code dir=asc|desc} in the URL. */
    public enum Direction {
        ASC,
        DESC;

        /** {@code desc} (any case) is descending; anything else ascending. */
        public static Direction of(String text) {
            return "desc".equalsIgnoreCase(text == null ? "" : text.strip()) ? DESC : ASC;
        }

        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String path;
    private final Map<String, Object> filters;
    private final String sort;
    private final Direction direction;

    private ListLinks(String path, Map<String, Object> filters, String sort, Direction direction) {
        this.path = path;
        this.filters = filters;
        this.sort = sort;
        this.direction = direction;
    }

    /** The links of the list at {@code path}; filters without a value are left out of the URLs. */
    public static ListLinks of(String path, String sort, Direction direction) {
        return new ListLinks(path, new LinkedHashMap<>(), sort, direction);
    }

    /** Adds a search text or filter that every link keeps (blank and {@code null} are left out). */
    public ListLinks with(String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank()) && !(value instanceof Boolean b && !b)) {
            filters.put(name, value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    public String sort() {
        return sort;
    }

    public Direction direction() {
        return direction;
    }

    /** The list sorted by {@code column}: ascending first, the other way round when it is already. */
    public String sortedBy(String column) {
        Direction next = column.equals(sort) && direction == Direction.ASC ? Direction.DESC : Direction.ASC;
        return build(path, column, next, null);
    }

    /** {@code ascending}, {@code descending} or {@code none}: the column header's {@code aria-sort}. */
    public String ariaSort(String column) {
        if (!column.equals(sort)) {
            return "none";
        }
        return direction == Direction.ASC ? "ascending" : "descending";
    }

    /** Page {@code page} (0 is the first) of the same list. */
    public String page(int page) {
        return build(path, sort, direction, page);
    }

    /** The same list without paging: the list itself, and the address to come back to. */
    public String self() {
        return build(path, sort, direction, null);
    }

    /** Another address with the same search, filters and sort: the list's export. */
    public String at(String otherPath) {
        return build(otherPath, sort, direction, null);
    }

    /** Whether the person filtered or searched (not only sorted or paged). */
    public boolean filtered() {
        return !filters.isEmpty();
    }

    private String build(String target, String sortBy, Direction dir, Integer page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(target);
        filters.forEach((name, value) -> uri.queryParam(name, Objects.toString(value)));
        if (sortBy != null) {
            uri.queryParam("sort", sortBy);
            uri.queryParam("dir", dir.param());
        }
        if (page != null && page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
