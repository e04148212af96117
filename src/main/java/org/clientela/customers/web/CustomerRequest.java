package org.clientela.customers.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.clientela.customers.CustomerKind;
import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.internal.Contact;
import org.clientela.customers.internal.CustomerDetails;
import org.clientela.customers.internal.DecisionLevel;

/** A customer as the API receives it. */
record CustomerRequest(
        @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*", message = "{customers.number.pattern}")
        String customerNumber,

        @NotNull CustomerKind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 40) String taxId,
        @Email @Size(max = 320) String email,

        @Size(max = 40) @Pattern(regexp = "[0-9 +().\\-/]*[0-9][0-9 +().\\-/]*", message = "{customers.phone.pattern}")
        String phone,

        @Size(max = 300) String address,
        @Size(max = 100) String city,
        @Size(max = 20) String postalCode,
        @Size(max = 64) String owner,
        LifecycleStatus status,
        @Size(max = 4000) String notes,
        @Size(max = 30) List<@NotBlank @Size(max = 50) String> tags,
        @Size(max = 50) List<@Valid ContactRequest> contacts) {

    /** {@code id}: the contact's, as read, to keep the same person (and their consents); absent for a new one. */
    record ContactRequest(
            Long id,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String jobTitle,
            DecisionLevel decisionLevel,
            @Email @Size(max = 320) String email,
            @Size(max = 40) String phone) {}

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
                owner,
                status,
                notes,
                tags == null ? List.of() : tags,
                contacts == null
                        ? List.of()
                        : contacts.stream()
                                .map(c -> new Contact(
                                        c.id(), c.name(), c.jobTitle(), c.decisionLevel(), c.email(), c.phone()))
                                .toList());
    }
}
