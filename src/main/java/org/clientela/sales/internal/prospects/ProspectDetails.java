package org.clientela.sales.internal.prospects;

import java.util.List;

/** What a person gives for a prospect, on the form or in the API. */
public record ProspectDetails(
        String name,
        String taxId,
        String sectorCode,
        Integer employees,
        String phone,
        String email,
        String web,
        String address,
        String city,
        String postalCode,
        ProspectSource source,
        String owner,
        Long campaignId,
        String notes,
        List<ProspectContact> contacts) {

    public ProspectDetails {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
