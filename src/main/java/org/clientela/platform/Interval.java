package org.clientela.platform;

/**
 * A 95 % interval around an estimate: the range of values the data cannot rule out.
 *
 * @param low  the lower bound
 * @param high the upper bound
 */
public record Interval(double low, double high) {

    /** Whether zero lies inside, i.e. the data cannot tell the sign of a difference. */
    public boolean containsZero() {
        return low <= 0 && high >= 0;
    }
}
