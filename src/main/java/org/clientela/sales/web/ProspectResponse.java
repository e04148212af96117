package org.clientela.sales.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.clientela.sales.internal.campaigns.Strategy;
import org.clientela.sales.internal.prospects.DuplicateOf;
import org.clientela.sales.internal.prospects.Prospect;
import org.clientela.sales.internal.prospects.ProspectCard;
import org.clientela.sales.internal.prospects.ProspectContact;
import org.clientela.sales.internal.prospects.ProspectSource;
import org.clientela.sales.internal.prospects.Research;
import org.clientela.sales.internal.prospects.Stage;

/** A prospect as the API answers it; {@code duplicateOf} only after a write that found one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProspectResponse(
        long id,
        String name,
        String sector,
        Integer employees,
        String sizeBand,
        String phone,
        String email,
        String taxId,
        String web,
        String address,
        String city,
        String postalCode,
        ProspectSource source,
        String owner,
        Long campaignId,
        Strategy strategy,
        String notes,
        List<ContactResponse> contacts,
        Stage stage,
        Long customerId,
        ResearchResponse research,
        String titleToApproach,
        boolean titleContactKnown,
        boolean readyToCall,
        DuplicateResponse duplicateOf,
        Instant createdAt,
        long version) {

    /** {@code id}: the person's, kept across edits; send it back to keep the same person. */
    record ContactResponse(Long id, String name, String title, String decisionLevel, String email, String phone) {
        static ContactResponse of(ProspectContact c) {
            return new ContactResponse(c.id(), c.name(), c.jobTitle(), c.decisionLevel(), c.email(), c.phone());
        }
    }

    record ResearchResponse(
            String contact, String business, String news, String reason, int done, int total, boolean complete) {
        static ResearchResponse of(Research r) {
            return new ResearchResponse(
                    r.contact(), r.business(), r.news(), r.reason(), r.done(), Research.TOTAL, r.complete());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DuplicateResponse(DuplicateOf.Type type, long id, String name, String number, String message) {}

    static ProspectResponse of(ProspectCard card, DuplicateResponse duplicate, ProspectNames names) {
        Prospect p = card.prospect();
        return new ProspectResponse(
                p.id(),
                names.shown(p.id(), p.name()),
                p.sectorCode(),
                p.employees(),
                p.sizeBandCode(),
                p.phone(),
                p.email(),
                p.taxId(),
                p.web(),
                p.address(),
                p.city(),
                p.postalCode(),
                p.source(),
                p.owner(),
                p.campaignId(),
                card.strategy(),
                p.notes(),
                p.contacts().stream().map(ContactResponse::of).toList(),
                p.stage(),
                p.customerId(),
                ResearchResponse.of(p.research()),
                card.titleToApproach(),
                card.titleContactKnown(),
                card.readyToCall(),
                duplicate,
                p.createdAt(),
                p.version());
    }
}
