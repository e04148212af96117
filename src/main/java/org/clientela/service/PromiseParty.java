package org.clientela.service;

import java.util.Objects;
import org.clientela.customers.CustomerId;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.TextInput;

/**
 * Whom a promise is made to: a customer, or a party another module keeps that is not a customer
 * yet (a prospect of sales), named by the {@code module} that keeps it and its id there, with the
 * {@code name} the ledger shows and the {@code link} to its page. The ledger keeps the name as it
 * was when the promise was made; it does not follow the party's renames.
 *
 * @param customerId the customer, or null for an outside party
 * @param module the module keeping an outside party ({@code "sales"}), or null for a customer
 * @param externalId the party's id in that module
 * @param name how the party is called on the pages of the ledger
 * @param link the path of the party's page in this application ({@code /sales/prospects/12})
 */
public record PromiseParty(CustomerId customerId, String module, String externalId, String name, String link) {

    public static final int MODULE_MAX = 32;
    public static final int ID_MAX = 64;
    public static final int NAME_MAX = 200;
    public static final int LINK_MAX = 300;

    public PromiseParty {
        if (customerId == null) {
            requireText("party.module", module, MODULE_MAX);
            requireText("party.externalId", externalId, ID_MAX);
            requireText("party.name", name, NAME_MAX);
            requireText("party.link", link, LINK_MAX);
            // Only a page of ours: the ledger's pages link to it, so no other site and no script.
            if (!link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
                throw new InvalidInputException(InputError.field("party.link", "service.promise.party.link"));
            }
        } else if (module != null || externalId != null) {
            throw new IllegalArgumentException("A customer's promise names no outside party");
        }
    }

    /** A customer. */
    public static PromiseParty customer(CustomerId customerId) {
        return new PromiseParty(Objects.requireNonNull(customerId), null, null, null, null);
    }

    /** A party that is not a customer, kept by {@code module}. */
    public static PromiseParty outside(String module, String externalId, String name, String link) {
        return new PromiseParty(null, module, externalId, name, link);
    }

    /** Whether the party is a customer. */
    public boolean isCustomer() {
        return customerId != null;
    }

    private static void requireText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(InputError.field(field, "service.promise.party.required"));
        }
        TextInput.require(field, text, max, false);
    }
}
