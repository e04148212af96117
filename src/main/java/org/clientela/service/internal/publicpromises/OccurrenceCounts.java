package org.clientela.service.internal.publicpromises;

import java.util.Map;
import java.util.TreeMap;

/**
 * Occurrences of a public promise counted by how long each took, so that the share kept and the
 * percentiles come from counts (the database's GROUP BY, or a stream) and never from a list of
 * every order or case. Values are whole numbers of a base unit (minutes, or days); {@code scale}
 * turns them into the promise's unit (60 minutes an hour).
 */
final class OccurrenceCounts {

    private final TreeMap<Long, Long> counts = new TreeMap<>();
    private final double scale;
    private long measured;
    private long kept;
    private long notMeasured;

    OccurrenceCounts(double scale) {
        this.scale = scale;
    }

    /** {@code n} occurrences that took {@code value} base units, kept (in time) or not. */
    void add(long value, long n, boolean inTime) {
        if (n <= 0) {
            return;
        }
        counts.merge(value, n, Long::sum);
        measured += n;
        if (inTime) {
            kept += n;
        }
    }

    /** {@code n} occurrences that cannot be judged (no delivery date, still within the promise). */
    void skip(long n) {
        notMeasured += n;
    }

    long measured() {
        return measured;
    }

    long kept() {
        return kept;
    }

    long notMeasured() {
        return notMeasured;
    }

    /** The share kept, rounded to a whole percent; {@code null} when nothing was measured. */
    Integer keptPercent() {
        return measured == 0 ? null : (int) Math.round(100.0 * kept / measured);
    }

    /**
     * The {@code q}-quantile in the promise's unit by the nearest-rank rule: the smallest value that
     * at least {@code q} of the occurrences did not exceed ("90 % in 6 days or less"); {@code null}
     * when nothing was measured.
     */
    Double quantile(double q) {
        if (measured == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(q * measured));
        long seen = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return Math.round(e.getKey() / scale * 10) / 10.0;
            }
        }
        throw new IllegalStateException("counts do not add up to " + measured);
    }
}
