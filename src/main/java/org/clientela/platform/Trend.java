package org.clientela.platform;

import java.math.BigDecimal;

/**
 * A figure against the same figure of the period before, for the cards of the home page: whether it
 * went up or down, and whether that is good news (more customers coming back is, more losses is not).
 *
 * @param current  this period's value
 * @param previous the period before's value, or {@code null} when there is nothing to compare with
 * @param upIsGood whether a rise is good news
 */
public record Trend(BigDecimal current, BigDecimal previous, boolean upIsGood) {

    /** Which way the figure moved. */
    public enum Direction {
        UP,
        DOWN,
        SAME,
        NONE
    }

    /** {@code current} against {@code previous}; either may be {@code null} (nothing to compare). */
    public static Trend of(Number current, Number previous, boolean upIsGood) {
        return new Trend(decimal(current), decimal(previous), upIsGood);
    }

    public Direction direction() {
        if (previous == null || current == null) {
            return Direction.NONE;
        }
        int sign = current.compareTo(previous);
        return sign > 0 ? Direction.UP : sign < 0 ? Direction.DOWN : Direction.SAME;
    }

    /** {@code success} for good news, {@code danger} for bad, {@code secondary} for no change: a Bootstrap colour. */
    public String tone() {
        return switch (direction()) {
            case UP -> upIsGood ? "success" : "danger";
            case DOWN -> upIsGood ? "danger" : "success";
            default -> "secondary";
        };
    }

    private static BigDecimal decimal(Number n) {
        return n == null ? null : n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }
}
