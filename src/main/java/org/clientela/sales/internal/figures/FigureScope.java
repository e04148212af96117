package org.clientela.sales.internal.figures;

import java.time.Instant;

/**
 * Which prospects and activities a figure is about: the period [{@code from}, {@code to}) and,
 * when not {@code null}, one campaign, one seller (owner of the prospect, doer of the activity) and
 * one strategy.
 */
public record FigureScope(Instant from, Instant to, Long campaignId, String seller, String strategy) {

    /** The same scope narrowed to one seller (a sales person sees their own figures only). */
    public FigureScope forSeller(String username) {
        return new FigureScope(from, to, campaignId, username, strategy);
    }
}
