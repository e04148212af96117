package org.clientela.customers.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.clientela.customers.internal.Contact;
import org.clientela.customers.internal.DecisionLevel;

/** A person at a customer, as the form on the customer page posts it. */
public class ContactForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 100)
    private String jobTitle;

    private DecisionLevel decisionLevel;

    @Email
    @Size(max = 320)
    private String email;

    @Size(max = 40)
    @Pattern(regexp = "|[0-9 +().\\-/]*[0-9][0-9 +().\\-/]*", message = "{customers.phone.pattern}")
    private String phone;

    @NotNull
    private Long version;

    Contact contact() {
        return new Contact(name.strip(), blank(jobTitle), decisionLevel, blank(email), blank(phone));
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

    public DecisionLevel getDecisionLevel() {
        return decisionLevel;
    }

    public void setDecisionLevel(DecisionLevel decisionLevel) {
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
