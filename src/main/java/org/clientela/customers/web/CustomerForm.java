package org.clientela.customers.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.clientela.customers.CustomerKind;
import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.internal.Customer;
import org.clientela.customers.internal.CustomerDetails;

/** What the customer form posts; never the entity itself. */
public class CustomerForm {

    @Size(max = 40)
    @Pattern(regexp = "|[A-Za-z0-9][A-Za-z0-9._/-]*", message = "{customers.number.pattern}")
    private String customerNumber;

    @NotNull
    private CustomerKind kind = CustomerKind.COMPANY;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 40)
    private String taxId;

    @Email
    @Size(max = 320)
    private String email;

    @Size(max = 40)
    @Pattern(regexp = "|[0-9 +().\\-/]*[0-9][0-9 +().\\-/]*", message = "{customers.phone.pattern}")
    private String phone;

    @Size(max = 300)
    private String address;

    @Size(max = 100)
    private String city;

    @Size(max = 20)
    private String postalCode;

    @Size(max = 64)
    private String owner;

    private LifecycleStatus status = LifecycleStatus.PROSPECT;

    @Size(max = 4000)
    private String notes;

    @Size(max = 500)
    private String tags;

    private Long version;

    static CustomerForm of(Customer c) {
        CustomerForm form = new CustomerForm();
        form.customerNumber = c.getCustomerNumber();
        form.kind = c.getKind();
        form.name = c.getName();
        form.taxId = c.getTaxId();
        form.email = c.getEmail();
        form.phone = c.getPhone();
        form.address = c.getAddress();
        form.city = c.getCity();
        form.postalCode = c.getPostalCode();
        form.owner = c.getOwnerUsername();
        form.status = c.getLifecycleStatus();
        form.notes = c.getNotes();
        form.tags = String.join(", ", c.tagNames());
        form.version = c.getVersion();
        return form;
    }

    CustomerDetails details(Customer existing) {
        List<String> tagList = tags == null
                ? List.of()
                : Arrays.stream(tags.split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .distinct()
                        .toList();
        return new CustomerDetails(
                kind,
                name,
                taxId,
                email,
                phone,
                address,
                city,
                postalCode,
                owner,
                status,
                notes,
                tagList,
                existing == null ? List.of() : existing.getContacts());
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public CustomerKind getKind() {
        return kind;
    }

    public void setKind(CustomerKind kind) {
        this.kind = kind;
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

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LifecycleStatus getStatus() {
        return status;
    }

    public void setStatus(LifecycleStatus status) {
        this.status = status;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
