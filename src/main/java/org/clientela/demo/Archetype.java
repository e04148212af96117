package org.clientela.demo;

/**
 * How a demo customer buys. The shares add up to 100 and give a demo where every retention
 * signal has someone to point at.
 */
enum Archetype {
    /** Orders on a steady cadence of their own (every 7 to 30 days) up to today. */
    REGULAR(35),
    /** Regular, but in the last three months orders a fraction of what they used to. */
    DECLINING(10),
    /** Regular until 2 to 8 months ago, then nothing. */
    LAPSED(10),
    /** Regular, but stopped buying one category they had in every order 3 to 6 months ago. */
    DROPPED_CATEGORY(10),
    /** A handful of orders at random moments. */
    OCCASIONAL(15),
    /** First order in the last three months. */
    NEW(8),
    /** Never ordered. */
    PROSPECT(12);

    final int share;

    Archetype(int share) {
        this.share = share;
    }

    static Archetype pick(int percent) {
        int sum = 0;
        for (Archetype archetype : values()) {
            sum += archetype.share;
            if (percent < sum) {
                return archetype;
            }
        }
        return PROSPECT;
    }
}
