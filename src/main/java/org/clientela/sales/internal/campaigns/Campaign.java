package org.clientela.sales.internal.campaigns;

import java.time.LocalDate;
import java.util.List;

/** A campaign: a strategy, the sectors and size bands it targets, its sellers and its dates. */
public record Campaign(
        Long id,
        String name,
        Strategy strategy,
        CampaignStatus status,
        LocalDate startsOn,
        LocalDate endsOn,
        String notes,
        List<String> sectors,
        List<String> sizeBands,
        List<String> sellers,
        long version) {

    public static final int NAME_MAX = 200;
    public static final int NOTES_MAX = 2000;

    public Campaign {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        sizeBands = sizeBands == null ? List.of() : List.copyOf(sizeBands);
        sellers = sellers == null ? List.of() : List.copyOf(sellers);
        status = status == null ? CampaignStatus.PLANNED : status;
    }
}
