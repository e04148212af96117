package org.clientela.customers.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.platform.PersonalColumns;
import org.clientela.platform.PersonalDataAnonymiser;
import org.clientela.platform.TextFolding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customers module's part of an erasure: the name becomes the marker; e-mail, phone, tax id,
 * street address, postal code and notes go; contacts and tags go; the search index is rebuilt from
 * what is left, so nobody finds the person by their old name, e-mail or phone; {@code anonymised_at}
 * says the name is the marker, shown in the reader's language. The customer number,
 * kind, town, owner, standing and dates stay: the figures count by them and none names a person.
 */
@Component
class CustomerAnonymisation implements PersonalDataAnonymiser {

    private static final String THE_CUSTOMER = "id = :customer";
    private static final String OF_THE_CUSTOMER = "customer_id = :customer";

    private static final PersonalColumns COLUMNS = PersonalColumns.of("customers")
            .marked("customer", THE_CUSTOMER, "name")
            .cleared(
                    "customer",
                    THE_CUSTOMER,
                    "tax_id",
                    "tax_key",
                    "email",
                    "email_key",
                    "phone",
                    "phone_digits",
                    "address",
                    "postal_code",
                    "notes")
            .deleted("contact", OF_THE_CUSTOMER)
            .deleted("customer_tag", OF_THE_CUSTOMER);

    private final JdbcClient jdbc;
    private final CustomerRepository repository;
    private final SearchIndex index;

    CustomerAnonymisation(JdbcClient jdbc, CustomerRepository repository, SearchIndex index) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.index = index;
    }

    @Override
    public String module() {
        return "customers";
    }

    @Override
    public Set<String> identifiers(long customerId) {
        Set<String> values = new LinkedHashSet<>();
        repository.findById(customerId).ifPresent(customer -> {
            values.add(customer.getName());
            values.add(customer.getEmail());
            values.add(customer.getPhone());
            values.add(customer.getPhoneDigits());
            values.add(customer.getTaxId());
            values.add(customer.getAddress());
            for (Contact contact : customer.getContacts()) {
                values.add(contact.name());
                values.add(contact.email());
                values.add(contact.phone());
            }
        });
        values.remove(null);
        return values;
    }

    @Override
    public Map<Long, LocalDate> lastDealings(long fromId, long toId, LocalDate today) {
        Map<Long, LocalDate> days = new HashMap<>();
        jdbc.sql("SELECT id, created_at FROM customer WHERE id >= :from AND id < :to")
                .param("from", fromId)
                .param("to", toId)
                .query((row, n) -> days.put(
                        row.getLong(1), LocalDate.ofInstant(row.getTimestamp(2).toInstant(), ZoneOffset.UTC)))
                .list();
        return days;
    }

    /**
     * A blocked customer leaves the lists and the search: marked blocked (the list, its count and its
     * export leave them out, and an edit does not index them again), and their search terms go, so
     * nobody finds them by name, e-mail, phone or number.
     */
    @Override
    public void hide(long customerId) {
        jdbc.sql("UPDATE customer SET blocked_at = COALESCE(blocked_at, CURRENT_TIMESTAMP) WHERE id = :customer")
                .param("customer", customerId)
                .update();
        jdbc.sql("DELETE FROM customer_search_term WHERE customer_id = :customer")
                .param("customer", customerId)
                .update();
    }

    @Override
    public long highestCustomerId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM customer")
                .query(Long.class)
                .single();
    }

    @Override
    public List<Change> anonymise(ErasedPerson person, boolean dryRun) {
        List<Change> changes = new ArrayList<>(COLUMNS.apply(jdbc, person, dryRun));
        long terms = jdbc.sql("SELECT COUNT(*) FROM customer_search_term WHERE customer_id = :customer")
                .param("customer", person.customerId())
                .query(Long.class)
                .single();
        if (!dryRun) {
            jdbc.sql("""
                    UPDATE customer SET sort_name = :sortName, version = version + 1,
                           anonymised_at = COALESCE(anonymised_at, CURRENT_TIMESTAMP)
                     WHERE id = :customer""")
                    .param("sortName", TextFolding.fold(person.marker()))
                    .param("customer", person.customerId())
                    .update();
            repository.findById(person.customerId()).ifPresent(index::reindex);
        }
        changes.add(new Change(module(), "customer_search_term", "term", terms));
        return changes;
    }
}
