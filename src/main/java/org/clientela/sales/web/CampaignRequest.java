package org.clientela.sales.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.clientela.platform.CleanText;
import org.clientela.sales.internal.campaigns.Campaign;
import org.clientela.sales.internal.campaigns.CampaignStatus;
import org.clientela.sales.internal.campaigns.Strategy;

/** A campaign as the API receives it; {@code version} is the one read, for changes. */
record CampaignRequest(
        Long version,
        @NotBlank @CleanText(max = Campaign.NAME_MAX) String name,
        @NotNull Strategy strategy,
        @NotNull LocalDate startsOn,
        LocalDate endsOn,
        CampaignStatus status,
        @CleanText(max = Campaign.NOTES_MAX, lines = true) String notes,
        @Size(max = 50) List<@NotBlank @CleanText(max = 20) String> sectors,
        @Size(max = 10) List<@NotBlank @CleanText(max = 20) String> sizeBands,
        @Size(max = 100) List<@NotBlank @CleanText(max = 64) String> sellers) {

    Campaign campaign(Long id) {
        return new Campaign(
                id,
                name.strip(),
                strategy,
                status,
                startsOn,
                endsOn,
                notes,
                sectors,
                sizeBands,
                sellers,
                version == null ? 0 : version);
    }
}
