package org.clientela.sales.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clientela.platform.PersonalColumns;
import org.clientela.platform.PersonalDataAnonymiser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sales module's part of an erasure, for the prospect that became this customer: its name
 * becomes the marker; its contact details, research, notes, contacts, search terms, the words of
 * its activities, call-backs, web forms and business cases go. Kinds, outcomes, durations,
 * amounts, campaigns and dates stay, so every sales figure is what it was.
 */
@Component
class SalesAnonymisation implements PersonalDataAnonymiser {

    private static final String THE_PROSPECT = "customer_id = :customer";
    private static final String OF_THE_PROSPECT =
            "prospect_id IN (SELECT p.id FROM sales_prospect p WHERE p.customer_id = :customer)";

    private static final PersonalColumns COLUMNS = PersonalColumns.of("sales")
            .marked("sales_prospect", THE_PROSPECT, "name", "sort_name")
            .cleared(
                    "sales_prospect",
                    THE_PROSPECT,
                    "external_id",
                    "tax_id",
                    "tax_id_key",
                    "phone",
                    "phone_digits",
                    "email",
                    "email_key",
                    "web",
                    "address",
                    "postal_code",
                    "research_contact",
                    "research_business",
                    "research_news",
                    "research_reason",
                    "notes")
            .deleted("sales_prospect_contact", OF_THE_PROSPECT)
            .deleted("sales_prospect_search_term", OF_THE_PROSPECT)
            .cleared("sales_activity", OF_THE_PROSPECT, "note")
            .cleared("sales_call_back", OF_THE_PROSPECT, "note")
            .marked("sales_web_lead", OF_THE_PROSPECT, "name")
            .cleared("sales_web_lead", OF_THE_PROSPECT, "company", "email", "phone", "message", "page")
            .marked("sales_business_case", OF_THE_PROSPECT, "title")
            .cleared("sales_business_case", OF_THE_PROSPECT, "notes");

    private final JdbcClient jdbc;

    SalesAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "sales";
    }

    @Override
    public Set<String> identifiers(long customerId) {
        Set<String> values = new LinkedHashSet<>();
        jdbc.sql("""
                SELECT name, email, phone, tax_id FROM sales_prospect WHERE customer_id = :customer
                UNION ALL
                SELECT c.name, c.email, c.phone, NULL FROM sales_prospect_contact c
                  JOIN sales_prospect p ON p.id = c.prospect_id WHERE p.customer_id = :customer""")
                .param("customer", customerId)
                .query((row, n) -> List.of(
                        String.valueOf(row.getString(1)),
                        String.valueOf(row.getString(2)),
                        String.valueOf(row.getString(3)),
                        String.valueOf(row.getString(4))))
                .list()
                .forEach(values::addAll);
        values.remove("null");
        return values;
    }

    /** The prospect a blocked customer was is no longer found by the prospects' search. */
    @Override
    public void hide(long customerId) {
        jdbc.sql("DELETE FROM sales_prospect_search_term WHERE " + OF_THE_PROSPECT)
                .param("customer", customerId)
                .update();
    }

    @Override
    public List<Change> anonymise(ErasedPerson person, boolean dryRun) {
        return COLUMNS.apply(jdbc, person, dryRun);
    }
}
