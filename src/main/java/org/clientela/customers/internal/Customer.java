package org.clientela.customers.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clientela.customers.CustomerKind;
import org.clientela.customers.LifecycleStatus;
import org.clientela.platform.PhoneNumbers;
import org.clientela.platform.TextFolding;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer: a company or a person the business sells to, with its contacts and tags. The
 * aggregate keeps its derived search fields (sort name, phone digits) in step with what is typed.
 */
@Table("customer")
public class Customer {

    @Id
    private Long id;

    private String customerNumber;
    private CustomerKind kind;
    private String name;
    private String taxId;
    private String email;
    private String phone;
    private String phoneDigits;
    private String emailKey;
    private String taxKey;
    private String address;
    private String city;
    private String postalCode;
    private String ownerUsername;
    private LifecycleStatus lifecycleStatus;
    private String notes;
    private String sortName;
    private Instant createdAt;
    private Instant updatedAt;

    /** Set by the erasure only ({@link CustomerAnonymisation}); an edit never writes it. */
    @ReadOnlyProperty
    private Instant anonymisedAt;

    @Version
    private Long version;

    @MappedCollection(idColumn = "customer_id", keyColumn = "position")
    private List<Contact> contacts = new ArrayList<>();

    @MappedCollection(idColumn = "customer_id")
    private Set<CustomerTag> tags = new LinkedHashSet<>();

    Customer() {}

    static Customer create(String customerNumber, CustomerDetails details, Instant now, PhoneNumbers phones) {
        Customer customer = new Customer();
        customer.customerNumber = customerNumber;
        customer.createdAt = now;
        customer.lifecycleStatus = details.status() == null ? LifecycleStatus.PROSPECT : details.status();
        customer.apply(details, now, phones);
        return customer;
    }

    void apply(CustomerDetails details, Instant now, PhoneNumbers phones) {
        this.kind = details.kind();
        this.name = details.name().strip();
        this.taxId = blankToNull(details.taxId());
        this.email = blankToNull(details.email());
        this.phone = blankToNull(details.phone());
        this.phoneDigits = phones.nationalDigits(this.phone);
        this.emailKey = DuplicateKeys.email(this.email);
        this.taxKey = DuplicateKeys.taxId(this.taxId);
        this.address = blankToNull(details.address());
        this.city = blankToNull(details.city());
        this.postalCode = blankToNull(details.postalCode());
        this.ownerUsername = blankToNull(details.owner());
        if (details.status() != null) {
            this.lifecycleStatus = details.status();
        }
        this.notes = blankToNull(details.notes());
        this.sortName = TextFolding.fold(this.name);
        this.contacts = keepingKnownIds(details.contacts() == null ? List.of() : details.contacts());
        Set<CustomerTag> newTags = new LinkedHashSet<>();
        if (details.tags() != null) {
            details.tags().stream()
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .map(CustomerTag::new)
                    .forEach(newTags::add);
        }
        this.tags = newTags;
        this.updatedAt = now;
    }

    /**
     * The contacts to keep: one that names the id of a contact this customer has keeps it (the same
     * person), any other id is dropped (a new person), so that no contact can take another's row.
     */
    private List<Contact> keepingKnownIds(List<Contact> given) {
        Set<Long> known = new java.util.HashSet<>();
        contacts.forEach(c -> known.add(c.id()));
        known.remove(null);
        List<Contact> kept = new ArrayList<>();
        for (Contact c : given) {
            kept.add(
                    c.id() != null && known.remove(c.id())
                            ? c
                            : new Contact(c.name(), c.jobTitle(), c.decisionLevel(), c.email(), c.phone()));
        }
        return kept;
    }

    /** Adds a person at this customer, after the ones already known. */
    void addContact(Contact contact, Instant now) {
        contacts.add(contact);
        updatedAt = now;
    }

    /** Removes the contact at {@code index} (0 is the first); false when there is none there. */
    boolean removeContact(int index, Instant now) {
        if (index < 0 || index >= contacts.size()) {
            return false;
        }
        contacts.remove(index);
        updatedAt = now;
        return true;
    }

    /** For a customer written by bulk SQL, so that it can be indexed without reading it back. */
    void assignId(long id) {
        this.id = id;
    }

    /** The same values a person could have typed, to compare with a change. */
    CustomerDetails details() {
        return new CustomerDetails(
                kind,
                name,
                taxId,
                email,
                phone,
                address,
                city,
                postalCode,
                ownerUsername,
                lifecycleStatus,
                notes,
                tagNames(),
                List.copyOf(contacts));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public CustomerKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    /**
     * Whether the customer was erased: {@link #getName()} is then the marker, which pages and the
     * API show in the reader's language ({@link AnonymisedNames}).
     */
    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public String getTaxId() {
        return taxId;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPhoneDigits() {
        return phoneDigits;
    }

    public String getAddress() {
        return address;
    }

    public String getCity() {
        return city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public LifecycleStatus getLifecycleStatus() {
        return lifecycleStatus;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getVersion() {
        return version;
    }

    public List<Contact> getContacts() {
        return List.copyOf(contacts);
    }

    public List<String> tagNames() {
        return List.copyOf(new TreeSet<>(tags.stream().map(CustomerTag::tag).toList()));
    }
}
