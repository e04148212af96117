package org.clientela.sales.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.clientela.platform.CleanText;
import org.clientela.sales.internal.prospects.Prospect;
import org.clientela.sales.internal.prospects.ProspectContact;

/** A person at a prospect, as the contact form posts it, with the prospect's version it was read at. */
public class ProspectContactForm {

    @CleanText(max = ProspectContact.NAME_MAX)
    private String name;

    @CleanText(max = ProspectContact.JOB_TITLE_MAX)
    private String jobTitle;

    private String decisionLevel;

    @Email
    @CleanText(max = Prospect.EMAIL_MAX)
    private String email;

    @CleanText(max = Prospect.PHONE_MAX)
    @Pattern(regexp = "|[0-9 +().\\-/]*[0-9][0-9 +().\\-/]*", message = "{customers.phone.pattern}")
    private String phone;

    @NotNull
    private Long version;

    static ProspectContactForm of(ProspectContact contact, long version) {
        ProspectContactForm form = new ProspectContactForm();
        form.name = contact.name();
        form.jobTitle = contact.jobTitle();
        form.decisionLevel = contact.decisionLevel();
        form.email = contact.email();
        form.phone = contact.phone();
        form.version = version;
        return form;
    }

    ProspectContact contact() {
        return new ProspectContact(
                name == null ? null : name.strip(), blank(jobTitle), blank(decisionLevel), blank(email), blank(phone));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getDecisionLevel() {
        return decisionLevel;
    }

    public void setDecisionLevel(String decisionLevel) {
        this.decisionLevel = decisionLevel;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
