package org.clientela.retention.internal.segments;

/**
 * The eight groups a shop owner recognises, from the three RFM scores (1–5 each: 5 is the fifth
 * of buyers who bought most recently, most often, or spent most). Recency decides first whether a
 * customer is still with us (4–5), wavering (3) or slipping away (1–2); frequency and spend then
 * say how much they matter. The rules are checked in order and cover all 125 combinations.
 */
public enum RfmSegment {

    /** Bought recently, buy often and spend most. */
    CHAMPIONS,
    /** Recent enough and buy often; not (yet) the biggest spenders. */
    LOYAL,
    /** Bought recently but only once or twice: they can become loyal. */
    PROMISING,
    /** Neither recent nor gone, with few orders. */
    NEED_ATTENTION,
    /** Bought often and spent most, but not for a long time. */
    CANT_LOSE,
    /** Bought fairly often, but not for a long time. */
    AT_RISK,
    /** Few orders, a while ago. */
    HIBERNATING,
    /** Few orders, long ago: the oldest fifth of buyers. */
    LOST;

    /** The segment of scores {@code r}, {@code f}, {@code m}, each 1 to 5. */
    public static RfmSegment of(int r, int f, int m) {
        for (int score : new int[] {r, f, m}) {
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException("RFM scores run from 1 to 5, got " + r + f + m);
            }
        }
        if (r >= 4 && f >= 4 && m >= 4) {
            return CHAMPIONS;
        }
        if (r >= 3 && f >= 3) {
            return LOYAL;
        }
        if (r >= 4) {
            return PROMISING;
        }
        if (r == 3) {
            return NEED_ATTENTION;
        }
        if (f >= 4 && m >= 4) {
            return CANT_LOSE;
        }
        if (f >= 3) {
            return AT_RISK;
        }
        return r == 2 ? HIBERNATING : LOST;
    }

    /** Lower-case, hyphenated, for URLs and CSS classes. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static RfmSegment fromSlug(String slug) {
        for (RfmSegment s : values()) {
            if (s.slug().equals(slug) || s.name().equals(slug)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no segment " + slug);
    }
}
