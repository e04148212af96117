package org.clientela.sales.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.sales.internal.campaigns.Campaign;
import org.clientela.sales.internal.campaigns.CampaignPlanner;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns over JSON: managers and admins plan them; sellers and viewers read them. */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApi {

    private final CampaignPlanner planner;

    CampaignApi(CampaignPlanner planner) {
        this.planner = planner;
    }

    /** Every campaign, in {@code items}. */
    record CampaignList(List<Campaign> items) {}

    @PostMapping
    @PreAuthorize(SalesRoles.MANAGERS)
    ResponseEntity<Campaign> create(@Valid @RequestBody CampaignRequest request, Authentication authentication) {
        Campaign created = planner.create(request.campaign(null), authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(SalesRoles.MANAGERS)
    Campaign update(@PathVariable long id, @Valid @RequestBody CampaignRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException(InputError.field("version", "sales.version.required"));
        }
        return planner.update(request.campaign(id));
    }

    @GetMapping
    @PreAuthorize(SalesRoles.READERS)
    CampaignList all() {
        return new CampaignList(planner.all());
    }

    @GetMapping("/{id}")
    @PreAuthorize(SalesRoles.READERS)
    Campaign get(@PathVariable long id) {
        return planner.get(id);
    }
}
