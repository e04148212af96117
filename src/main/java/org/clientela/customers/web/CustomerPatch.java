package org.clientela.customers.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.clientela.customers.CustomerKind;
import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.internal.Customer;
import org.clientela.customers.internal.CustomerDetails;

/**
 * A partial change of a customer over the API: the {@code version} read, and only the fields to change
 * ({@code null} or absent: unchanged). Contacts are changed through their own endpoints or a {@code PUT}.
 */
record CustomerPatch(
        @NotNull Long version,
        CustomerKind kind,

        @Size(min = 1, max = 200)
        @Pattern(regexp = ".*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
        String name,

        @Size(max = 40) String taxId,
        @Email @Size(max = 320) String email,

        @Size(max = 40) @Pattern(regexp = "|[0-9 +().\\-/]*[0-9][0-9 +().\\-/]*", message = "{customers.phone.pattern}")
        String phone,

        @Size(max = 300) String address,
        @Size(max = 100) String city,
        @Size(max = 20) String postalCode,
        @Size(max = 64) String owner,
        LifecycleStatus status,
        @Size(max = 4000) String notes,
        @Size(max = 30) List<@NotBlank @Size(max = 50) String> tags) {

    /** The customer's details with this patch laid over them. */
    CustomerDetails over(Customer c) {
        return new CustomerDetails(
                kind != null ? kind : c.getKind(),
                name != null ? name : c.getName(),
                taxId != null ? taxId : c.getTaxId(),
                email != null ? email : c.getEmail(),
                phone != null ? phone : c.getPhone(),
                address != null ? address : c.getAddress(),
                city != null ? city : c.getCity(),
                postalCode != null ? postalCode : c.getPostalCode(),
                owner != null ? owner : c.getOwnerUsername(),
                status != null ? status : c.getLifecycleStatus(),
                notes != null ? notes : c.getNotes(),
                tags != null ? tags : c.tagNames(),
                c.getContacts());
    }
}
