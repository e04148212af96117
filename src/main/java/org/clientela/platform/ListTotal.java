package org.clientela.platform;

/**
 * How many rows a list holds, counted up to a cap. A shop with 303 customers reads "303 clientes";
 * a base of a million reads "más de 10.000" instead of paying for a full count on every page view
 * (the count reads at most {@code cap + 1} index entries, whatever the size of the table).
 *
 * @param count the rows counted, at most the cap
 * @param more  whether there are more rows than {@code count}
 */
public record ListTotal(long count, boolean more) {

    /** Rows counted at most: beyond it a list says "more than". */
    public static final int CAP = 10_000;

    /** The total from a count that read at most {@code CAP + 1} rows. */
    public static ListTotal ofCapped(long counted) {
        return counted > CAP ? new ListTotal(CAP, true) : new ListTotal(counted, false);
    }

    /**
     * Wraps a {@code SELECT} (without {@code ORDER BY}) so that it counts its rows up to the cap:
     * run it with {@link #ofCapped}.
     */
    public static String cappedCount(String select) {
        return "SELECT COUNT(*) FROM (" + select + " LIMIT " + (CAP + 1) + ") counted";
    }
}
