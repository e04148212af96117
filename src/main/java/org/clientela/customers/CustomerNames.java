package org.clientela.customers;

import java.util.Locale;

/**
 * A customer's name, or another module's text standing for it, as the reader sees it: once the
 * customer is anonymised their name, and every text of another module that quoted them (a case
 * subject, a letter's subject, the name a list copied), holds the Spanish marker «Cliente
 * anonimizado 17», which the searches find; pages and the API show it in the reader's language,
 * "Anonymised customer 17" in English ({@code customers.anonymised.name}). Templates call it as
 * {@code ${@anonymisedNames.shown(customerId, text)}}.
 */
public interface CustomerNames {

    /**
     * {@code text} as the current request's reader sees it: the marker of the customer
     * {@code customerId} in their language, any other text (or a {@code null} customer) as it is.
     */
    String shown(Long customerId, String text);

    /** {@code text} as a reader of {@code locale} sees it ({@link #shown(Long, String)}). */
    String shown(Long customerId, String text, Locale locale);
}
