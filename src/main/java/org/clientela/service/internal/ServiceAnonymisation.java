package org.clientela.service.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientela.platform.PersonalColumns;
import org.clientela.platform.PersonalDataAnonymiser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The service module's part of an erasure: what the person and the business wrote about the
 * person's cases (subjects, descriptions, notes, investigations, assessments, alerts, letters and
 * promises' words) becomes the marker or nothing. References, types, reasons, channels,
 * priorities, statuses, resolutions and every time stay, so the case counts and response times
 * are what they were.
 */
@Component
class ServiceAnonymisation implements PersonalDataAnonymiser {

    private static final String OF_THE_CUSTOMER = "customer_id = :customer";
    private static final String OF_THEIR_CASES =
            "case_id IN (SELECT c.id FROM service_case c WHERE c.customer_id = :customer)";

    private static final PersonalColumns COLUMNS = PersonalColumns.of("service")
            .marked("service_case", OF_THE_CUSTOMER, "subject")
            .cleared("service_case", OF_THE_CUSTOMER, "description", "resolution_explanation")
            .marked("service_case_note", OF_THEIR_CASES, "body")
            .cleared("service_concession", OF_THEIR_CASES, "note")
            .marked("service_investigation", OF_THEIR_CASES, "received", "fix")
            .cleared(
                    "service_investigation",
                    OF_THEIR_CASES,
                    "promised",
                    "expected",
                    "admission_note",
                    "root_cause_note")
            .cleared("service_promise", OF_THE_CUSTOMER, "description", "party_name", "party_link")
            .marked("service_customer_alert", OF_THE_CUSTOMER, "body")
            .marked("service_keep_assessment", OF_THE_CUSTOMER, "reasoning")
            .cleared(
                    "service_keep_assessment", OF_THE_CUSTOMER, "worth_note", "loss_note", "cheap_note", "dignity_note")
            .marked("service_letter", OF_THE_CUSTOMER, "subject", "body")
            .cleared("service_letter", OF_THE_CUSTOMER, "sent_to", "last_send_error");

    private final JdbcClient jdbc;

    ServiceAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "service";
    }

    /** A case still open keeps the relationship going: it counts as today. */
    @Override
    public Map<Long, LocalDate> lastDealings(long fromId, long toId, LocalDate today) {
        Map<Long, LocalDate> days = new HashMap<>();
        jdbc.sql("""
                SELECT customer_id, MAX(opened_at), MAX(resolved_at), COUNT(*) - COUNT(resolved_at) FROM service_case
                 WHERE customer_id >= :from AND customer_id < :to GROUP BY customer_id""")
                .param("from", fromId)
                .param("to", toId)
                .query((row, n) -> {
                    LocalDate opened = LocalDate.ofInstant(row.getTimestamp(2).toInstant(), ZoneOffset.UTC);
                    java.sql.Timestamp resolved = row.getTimestamp(3);
                    LocalDate last = resolved == null
                            ? opened
                            : java.util.Collections.max(
                                    List.of(opened, LocalDate.ofInstant(resolved.toInstant(), ZoneOffset.UTC)));
                    return days.put(row.getLong(1), row.getLong(4) > 0 ? today : last);
                })
                .list();
        return days;
    }

    @Override
    public List<Change> anonymise(ErasedPerson person, boolean dryRun) {
        return COLUMNS.apply(jdbc, person, dryRun);
    }
}
