package org.clientela.platform;

import java.util.Locale;

/**
 * A column a list sorts by, as an enum constant holding its {@code ORDER BY} (with {@code %1$s} where
 * the direction goes, so that the tie-breaking columns follow the same way). Each list offers only
 * the columns an index serves, so a sorted page stops after its rows.
 */
public interface SortColumn {

    /** The enum constant's name. */
    String name();

    /** The {@code ORDER BY} of this column, {@code %1$s} standing for the direction. */
    String orderBy();

    /** The {@code ORDER BY} in {@code direction} (ascending when none). */
    default String sql(ListLinks.Direction direction) {
        return orderBy().formatted(direction == null ? "ASC" : direction.name());
    }

    /** As the URL writes it: {@code update-due} for {@code UPDATE_DUE}. */
    default String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The column of {@code type} that a URL names, or {@code null}. */
    static <C extends Enum<C> & SortColumn> C parse(Class<C> type, String text) {
        for (C column : type.getEnumConstants()) {
            if (text != null && column.param().equalsIgnoreCase(text.strip())) {
                return column;
            }
        }
        return null;
    }
}
