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

    private static final PersonalColumns COLUMNS = prospectColumns(THE_PROSPECT, OF_THE_PROSPECT, true);

    /**
     * A prospect's personal columns, its own row chosen by {@code theProspect} and the rows that refer
     * to it by {@code ofTheProspect}; with {@code marked}, also the texts that must hold the marker
     * (the erasure of a prospect who never became a customer writes its own marker into those).
     */
    static PersonalColumns prospectColumns(String theProspect, String ofTheProspect, boolean marked) {
        PersonalColumns columns = PersonalColumns.of("sales");
        if (marked) {
            columns = columns.marked("sales_prospect", theProspect, "name", "sort_name");
        }
        columns = columns.cleared(
                        "sales_prospect",
                        theProspect,
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
                .deleted("sales_prospect_contact", ofTheProspect)
                .deleted("sales_prospect_search_term", ofTheProspect)
                .cleared("sales_activity", ofTheProspect, "note")
                .cleared("sales_call_back", ofTheProspect, "note");
        if (marked) {
            columns = columns.marked("sales_web_lead", ofTheProspect, "name");
        }
        columns = columns.cleared("sales_web_lead", ofTheProspect, "company", "email", "phone", "message", "page");
        if (marked) {
            columns = columns.marked("sales_business_case", ofTheProspect, "title");
        }
        return columns.cleared("sales_business_case", ofTheProspect, "notes");
    }

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
