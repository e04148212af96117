package org.clientela.sales.internal.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.sales.internal.targeting.Sector;
import org.clientela.sales.internal.targeting.SizeBand;
import org.clientela.sales.internal.targeting.TargetingRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Campaigns with their rules: it ends after it starts, and targets sectors and size bands that exist. */
@Service
public class CampaignPlanner {

    private final Campaigns campaigns;
    private final TargetingRules rules;

    CampaignPlanner(Campaigns campaigns, TargetingRules rules) {
        this.campaigns = campaigns;
        this.rules = rules;
    }

    @Transactional
    public Campaign create(Campaign campaign, String username) {
        check(campaign);
        return campaigns.add(campaign, username);
    }

    @Transactional
    public Campaign update(Campaign campaign) {
        get(campaign.id());
        check(campaign);
        return campaigns.update(campaign);
    }

    @Transactional(readOnly = true)
    public Campaign get(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    @Transactional(readOnly = true)
    public List<Campaign> all() {
        return campaigns.all();
    }

    private void check(Campaign c) {
        List<InputError> errors = new ArrayList<>();
        if (c.name() == null || c.name().isBlank()) {
            errors.add(InputError.field("name", "sales.campaign.name.required"));
        }
        if (c.strategy() == null) {
            errors.add(InputError.field("strategy", "sales.campaign.strategy.required"));
        }
        if (c.startsOn() == null) {
            errors.add(InputError.field("startsOn", "sales.campaign.startsOn.required"));
        } else if (c.endsOn() != null && c.endsOn().isBefore(c.startsOn())) {
            errors.add(InputError.field("endsOn", "sales.campaign.endsOn.beforeStart"));
        }
        Set<String> sectors = rules.sectors().stream().map(Sector::code).collect(Collectors.toSet());
        for (int i = 0; i < c.sectors().size(); i++) {
            if (!sectors.contains(c.sectors().get(i))) {
                errors.add(InputError.field(
                        "sectors[" + i + "]",
                        "sales.prospect.sector.unknown",
                        c.sectors().get(i)));
            }
        }
        Set<String> bands = rules.sizeBands().stream().map(SizeBand::code).collect(Collectors.toSet());
        for (int i = 0; i < c.sizeBands().size(); i++) {
            if (!bands.contains(c.sizeBands().get(i))) {
                errors.add(InputError.field(
                        "sizeBands[" + i + "]",
                        "sales.campaign.sizeBand.unknown",
                        c.sizeBands().get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
