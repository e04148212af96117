package org.clientela.sales.internal.prospects;

import java.time.Instant;
import org.clientela.platform.ListLinks;

/**
 * What a prospect list asks for: words typed, an owner, a campaign, the stage a prospect stands at,
 * or a stage it reached at least (lost ones included, as the funnel counts them) with the moment it
 * reached it in {@code [from, to)}; with {@code ready}, only the undecided prospects ready to call
 * (see {@link ProspectCard#readyToCall()}).
 */
public record ProspectQuery(
        String text,
        String owner,
        Long campaignId,
        Stage stage,
        Stage reached,
        Instant from,
        Instant to,
        ProspectSort sort,
        ListLinks.Direction direction,
        int page,
        int size,
        boolean ready) {

    public ProspectQuery(
            String text,
            String owner,
            Long campaignId,
            Stage stage,
            Stage reached,
            Instant from,
            Instant to,
            ProspectSort sort,
            ListLinks.Direction direction,
            int page,
            int size) {
        this(text, owner, campaignId, stage, reached, from, to, sort, direction, page, size, false);
    }

    public ProspectQuery {
        sort = sort == null ? ProspectSort.NAME : sort;
        direction = direction == null ? ListLinks.Direction.ASC : direction;
        page = Math.max(0, page);
    }

    /** The same question restricted to one owner's prospects (a seller's view). */
    public ProspectQuery ownedBy(String username) {
        return new ProspectQuery(
                text, username, campaignId, stage, reached, from, to, sort, direction, page, size, ready);
    }

    /** The same question restricted to the prospects ready to call. */
    public ProspectQuery readyOnly() {
        return new ProspectQuery(text, owner, campaignId, stage, reached, from, to, sort, direction, page, size, true);
    }
}
