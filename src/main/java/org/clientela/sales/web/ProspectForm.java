package org.clientela.sales.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.CleanText;
import org.clientela.sales.internal.prospects.Prospect;
import org.clientela.sales.internal.prospects.ProspectContact;
import org.clientela.sales.internal.prospects.ProspectDetails;
import org.clientela.sales.internal.prospects.ProspectSource;

/**
 * The prospect form. A new prospect may name its first contact (name and title); an edit keeps the
 * contacts it has.
 */
public class ProspectForm {

    private Long version;

    @jakarta.validation.constraints.NotBlank(message = "{sales.prospect.name.required}")
    @CleanText(max = Prospect.NAME_MAX)
    private String name;

    @CleanText(max = Prospect.TAX_ID_MAX)
    private String taxId;

    private String sector;

    @Min(0)
    @Max(Prospect.EMPLOYEES_MAX)
    private Integer employees;

    @CleanText(max = Prospect.PHONE_MAX)
    private String phone;

    @jakarta.validation.constraints.Email
    @CleanText(max = Prospect.EMAIL_MAX)
    private String email;

    @CleanText(max = Prospect.WEB_MAX)
    private String web;

    @CleanText(max = Prospect.ADDRESS_MAX)
    private String address;

    @CleanText(max = Prospect.CITY_MAX)
    private String city;

    @CleanText(max = Prospect.POSTAL_CODE_MAX)
    private String postalCode;

    private ProspectSource source = ProspectSource.COLD;

    @CleanText(max = Prospect.OWNER_MAX)
    private String owner;

    private Long campaignId;

    @CleanText(max = Prospect.NOTES_MAX, lines = true)
    private String notes;

    @CleanText(max = ProspectContact.NAME_MAX)
    private String contactName;

    @CleanText(max = ProspectContact.JOB_TITLE_MAX)
    private String contactTitle;

    static ProspectForm of(Prospect p) {
        ProspectForm form = new ProspectForm();
        form.version = p.version();
        form.name = p.name();
        form.taxId = p.taxId();
        form.sector = p.sectorCode();
        form.employees = p.employees();
        form.phone = p.phone();
        form.email = p.email();
        form.web = p.web();
        form.address = p.address();
        form.city = p.city();
        form.postalCode = p.postalCode();
        form.source = p.source();
        form.owner = p.owner();
        form.campaignId = p.campaignId();
        form.notes = p.notes();
        return form;
    }

    ProspectDetails details(Prospect existing) {
        List<ProspectContact> contacts = new ArrayList<>();
        if (existing != null) {
            contacts.addAll(existing.contacts());
        } else if (contactName != null && !contactName.isBlank()) {
            contacts.add(new ProspectContact(contactName.strip(), contactTitle, null, null, null));
        }
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
                contacts);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer employees) {
        this.employees = employees;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWeb() {
        return web;
    }

    public void setWeb(String web) {
        this.web = web;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public ProspectSource getSource() {
        return source;
    }

    public void setSource(ProspectSource source) {
        this.source = source;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactTitle() {
        return contactTitle;
    }

    public void setContactTitle(String contactTitle) {
        this.contactTitle = contactTitle;
    }
}
