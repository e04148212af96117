package org.clientela.sales.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.clientela.platform.CleanText;
import org.clientela.sales.internal.prospects.Prospect;
import org.clientela.sales.internal.prospects.ProspectContact;
import org.clientela.sales.internal.prospects.ProspectDetails;
import org.clientela.sales.internal.prospects.ProspectSource;

/**
 * A prospect as the API receives it. On {@code PUT} every field is the new value; on {@code PATCH}
 * a field not sent ({@code null}) keeps its value. {@code version} is the one read, for changes.
 */
record ProspectRequest(
        Long version,
        @CleanText(max = Prospect.NAME_MAX) String name,
        @CleanText(max = 20) String sector,
        @Min(0) @Max(Prospect.EMPLOYEES_MAX) Integer employees,
        @CleanText(max = Prospect.PHONE_MAX) String phone,
        @Email @CleanText(max = Prospect.EMAIL_MAX) String email,
        @CleanText(max = Prospect.TAX_ID_MAX) String taxId,
        Long campaignId,
        @CleanText(max = Prospect.OWNER_MAX) String owner,
        @CleanText(max = Prospect.WEB_MAX) String web,
        @CleanText(max = Prospect.CITY_MAX) String city,
        @CleanText(max = Prospect.ADDRESS_MAX) String address,
        @CleanText(max = Prospect.POSTAL_CODE_MAX) String postalCode,
        ProspectSource source,
        @CleanText(max = Prospect.NOTES_MAX, lines = true) String notes,
        @Size(max = Prospect.CONTACTS_MAX) List<@Valid ContactRequest> contacts) {

    /** {@code id}: the person's, as read, to keep the same person (and their consents); absent for a new one. */
    record ContactRequest(
            Long id,
            @CleanText(max = ProspectContact.NAME_MAX) String name,
            @CleanText(max = ProspectContact.JOB_TITLE_MAX) String title,
            @CleanText(max = 20) String decisionLevel,
            @Email @CleanText(max = Prospect.EMAIL_MAX) String email,
            @CleanText(max = Prospect.PHONE_MAX) String phone) {

        ProspectContact contact() {
            return new ProspectContact(id, name, title, decisionLevel, email, phone);
        }
    }

    ProspectDetails details() {
        return new ProspectDetails(
                name,
                taxId,
                sector,
                employees,
                phone,
                email,
                web,
                address,
                city,
                postalCode,
                source,
                owner,
                campaignId,
                notes,
                contactList());
    }

    private List<ProspectContact> contactList() {
        return contacts == null
                ? List.of()
                : contacts.stream().map(ContactRequest::contact).toList();
    }

    /** The details of {@code current} with what this request sends in place of what it held. */
    ProspectDetails over(Prospect current) {
        return new ProspectDetails(
                name != null ? name : current.name(),
                taxId != null ? taxId : current.taxId(),
                sector != null ? sector : current.sectorCode(),
                employees != null ? employees : current.employees(),
                phone != null ? phone : current.phone(),
                email != null ? email : current.email(),
                web != null ? web : current.web(),
                address != null ? address : current.address(),
                city != null ? city : current.city(),
                postalCode != null ? postalCode : current.postalCode(),
                source != null ? source : current.source(),
                owner != null ? owner : current.owner(),
                campaignId != null ? campaignId : current.campaignId(),
                notes != null ? notes : current.notes(),
                contacts != null ? contactList() : current.contacts());
    }
}
