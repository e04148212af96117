package org.clientela.sales.internal.campaigns;

import java.util.List;
import java.util.Optional;

/** The campaigns as stored. */
public interface Campaigns {

    /** Saves a new campaign (its id is ignored) made by {@code username}; answers it with its id. */
    Campaign add(Campaign campaign, String username);

    /** Changes a campaign read at {@code campaign.version()}; a stale version is an optimistic lock failure. */
    Campaign update(Campaign campaign);

    Optional<Campaign> find(long id);

    /** Every campaign, the latest start first. */
    List<Campaign> all();
}
