package org.clientela.customers.internal;

import java.util.Locale;
import org.clientela.customers.CustomerNames;
import org.clientela.platform.PersonalDataAnonymiser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The name a customer is shown by: their own, or, once anonymised, «Cliente anonimizado 17» or
 * "Anonymised customer 17" in the reader's language ({@code customers.anonymised.name}). The name
 * column of an anonymised customer holds the Spanish marker, which the searches find and the
 * sorting uses; pages and the API show it through here. Templates call it as
 * {@code ${@anonymisedNames.of(customer)}}.
 */
@Component("anonymisedNames")
public class AnonymisedNames implements CustomerNames {

    static final String KEY = "customers.anonymised.name";

    private final MessageSource messages;

    AnonymisedNames(MessageSource messages) {
        this.messages = messages;
    }

    /** The customer's name as the current request's reader sees it. */
    public String of(Customer customer) {
        return of(customer.getId(), customer.getName(), customer.isAnonymised(), LocaleContextHolder.getLocale());
    }

    /** A list line's name as the current request's reader sees it. */
    public String of(CustomerSummary customer) {
        return of(customer, LocaleContextHolder.getLocale());
    }

    /** A list line's name as a reader of {@code locale} sees it. */
    public String of(CustomerSummary customer, Locale locale) {
        return of(customer.id(), customer.name(), customer.anonymised(), locale);
    }

    /** A list line with the name as the current request's reader sees it. */
    public CustomerSummary shown(CustomerSummary customer) {
        return customer.anonymised() ? customer.named(of(customer)) : customer;
    }

    @Override
    public String shown(Long customerId, String text) {
        return shown(customerId, text, LocaleContextHolder.getLocale());
    }

    @Override
    public String shown(Long customerId, String text, Locale locale) {
        boolean marker = customerId != null
                && text != null
                && text.equals(PersonalDataAnonymiser.ErasedPerson.marker(customerId));
        return marker ? of(customerId, text, true, locale) : text;
    }

    private String of(long id, String name, boolean anonymised, Locale locale) {
        // The id as text: a number argument would be written "1.234" in Spanish.
        return anonymised ? messages.getMessage(KEY, new Object[] {Long.toString(id)}, locale) : name;
    }
}
