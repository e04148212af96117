package org.clientela.retention.internal.radar;

import java.util.List;

/** Order statistics of a customer's own intervals between purchases. */
final class Intervals {

    private Intervals() {}

    /** The median: the middle value, or the mean of the two middle ones. */
    static double median(List<Integer> values) {
        int[] sorted = sorted(values);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** The {@code p}-th percentile by nearest rank (p90 of ten values is the ninth smallest). */
    static int percentile(List<Integer> values, double p) {
        int[] sorted = sorted(values);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static int[] sorted(List<Integer> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no intervals");
        }
        return values.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
