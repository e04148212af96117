package org.clientela.sales.internal.prospects;

import org.clientela.sales.internal.campaigns.Campaign;
import org.clientela.sales.internal.campaigns.Strategy;

/**
 * A prospect with what its page and the API say about it: its campaign and strategy (a prospect
 * without a campaign is approached top-down), the title to approach and whether a contact with it
 * is known, and whether it is ready to call: not decided yet, and — in a top-down campaign — with its
 * research complete. {@code JdbcProspects.READY_TO_CALL} is the same rule in SQL.
 */
public record ProspectCard(
        Prospect prospect, Campaign campaign, Strategy strategy, String titleToApproach, boolean titleContactKnown) {

    public boolean readyToCall() {
        return prospect.steps().outcome() == null
                && (campaign == null
                        || strategy != Strategy.TOP_DOWN
                        || prospect.research().complete());
    }
}
