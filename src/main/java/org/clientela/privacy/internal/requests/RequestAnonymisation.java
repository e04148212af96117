package org.clientela.privacy.internal.requests;

import java.util.List;
import org.clientela.platform.PersonalColumns;
import org.clientela.platform.PersonalDataAnonymiser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rights requests' part of an erasure: the request stays as the record that it was received and
 * answered in time (its kind, dates, status and handler), but the requester's name gives way to the
 * marker, their contact goes, and their name, e-mail or phone quoted in the details or the answer is
 * replaced. Consents keep no words of the person (the text is the business's own), so they stay as
 * they are: the proof of what was allowed.
 */
@Component
class RequestAnonymisation implements PersonalDataAnonymiser {

    private static final String OF_THE_CUSTOMER = "customer_id = :customer";

    private static final PersonalColumns COLUMNS = PersonalColumns.of("privacy")
            .marked("privacy_request", OF_THE_CUSTOMER, "requester_name")
            .cleared("privacy_request", OF_THE_CUSTOMER, "contact")
            .scrubbed("privacy_request", OF_THE_CUSTOMER, "details", "outcome");

    private final JdbcClient jdbc;

    RequestAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "privacy";
    }

    @Override
    public List<Change> anonymise(ErasedPerson person, boolean dryRun) {
        return COLUMNS.apply(jdbc, person, dryRun);
    }
}
