package org.clientela.satisfaction.internal;

import java.util.List;
import org.clientela.platform.PersonalColumns;
import org.clientela.platform.PersonalDataAnonymiser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The satisfaction module's part of an erasure: survey comments, ideas and their answers, the
 * words of gestures, follow-ups and internal requests about the person, and the e-mail their
 * loyalty invitation went to. Scores, kinds, costs, statuses and dates stay, so CSAT, NPS and the
 * loyalty figures are what they were.
 */
@Component
class SatisfactionAnonymisation implements PersonalDataAnonymiser {

    private static final String OF_THE_CUSTOMER = "customer_id = :customer";
    private static final String OF_THEIR_REQUESTS =
            "request_id IN (SELECT r.id FROM satisfaction_internal_request r" + " WHERE r.customer_id = :customer)";

    private static final PersonalColumns COLUMNS = PersonalColumns.of("satisfaction")
            .cleared("satisfaction_survey", OF_THE_CUSTOMER, "comment")
            .marked("satisfaction_idea", OF_THE_CUSTOMER, "body")
            .cleared("satisfaction_idea", OF_THE_CUSTOMER, "answer")
            .marked("satisfaction_gesture", OF_THE_CUSTOMER, "description")
            .cleared("satisfaction_gesture", OF_THE_CUSTOMER, "reason")
            .cleared("satisfaction_follow_up", OF_THE_CUSTOMER, "note")
            .cleared("satisfaction_loyalty_invitation", OF_THE_CUSTOMER, "email")
            .marked("satisfaction_internal_request", OF_THE_CUSTOMER, "subject")
            .cleared("satisfaction_internal_request", OF_THE_CUSTOMER, "description")
            .marked("satisfaction_internal_message", OF_THEIR_REQUESTS, "body");

    private final JdbcClient jdbc;

    SatisfactionAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "satisfaction";
    }

    @Override
    public List<Change> anonymise(ErasedPerson person, boolean dryRun) {
        return COLUMNS.apply(jdbc, person, dryRun);
    }
}
