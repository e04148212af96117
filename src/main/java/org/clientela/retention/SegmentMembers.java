package org.clientela.retention;

import java.util.List;
import java.util.Map;

/**
 * The customers of an RFM segment as the last segmentation left them, for other modules that
 * pick customers by segment (the loyalty club invites its Champions and Loyal customers).
 * Segments are named by their codes ({@code CHAMPIONS}, {@code LOYAL}, …), whose words are
 * {@code retention.segment.<code>}.
 */
public interface SegmentMembers {

    /** Every segment's code, best first. */
    List<String> segments();

    /**
     * Up to {@code limit} customers of {@code segment}, biggest spenders first.
     *
     * @throws IllegalArgumentException for an unknown segment code
     */
    List<Long> customersIn(String segment, int limit);

    /** The segment of each of the given customers; customers without one are absent. Safe for thousands of ids. */
    Map<Long, String> segmentsOf(java.util.Collection<Long> customerIds);
}
