package org.clientela.satisfaction.internal.followups;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clientela.customers.BlockedCustomers;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.TextInput;
import org.clientela.satisfaction.internal.surveys.SkipReason;
import org.clientela.satisfaction.internal.surveys.SurveyKind;
import org.clientela.satisfaction.internal.surveys.SurveyMode;
import org.clientela.satisfaction.internal.surveys.SurveyRequest;
import org.clientela.satisfaction.internal.surveys.SurveyStatus;
import org.clientela.satisfaction.internal.surveys.Surveys;
import org.clientela.service.ServiceCases;
import org.clientela.service.WorkingTime;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up calls: whose they are, what each found, and the figures. A call that finds a
 * problem opens a case with the customer's words; one nobody answered is tried again the next
 * working day, at most twice; "do not call" is kept as the person's withdrawal of phone contact.
 *
 * <p>Long because recording a call is most of it, and each outcome reaches elsewhere in the same
 * transaction — a problem opens a case, no answer is tried again the next working day, «do not
 * call» withdraws phone contact, a score goes to the survey ledger; the lists and the figures are
 * short reads of the same table with the same row mapper.
 */
@Service
public class FollowUps {

    /** An unanswered call is tried again this many times. */
    public static final int RETRIES = 2;

    public static final int NOTE_MAX = 2000;

    /** The calls to blocked customers are kept (legal claims) but listed nowhere. */
    private static final String VISIBLE = BlockedCustomers.visible("satisfaction_follow_up.customer_id");

    private final JdbcClient jdbc;
    private final ServiceCases cases;
    private final Surveys surveys;
    private final WorkingTime workingTime;
    private final MessageSource messages;
    private final Clock clock;

    /** Cases are written in the business's language, Spanish. */
    private static final Locale BUSINESS = Locale.forLanguageTag("es");

    FollowUps(
            JdbcClient jdbc,
            ServiceCases cases,
            Surveys surveys,
            WorkingTime workingTime,
            MessageSource messages,
            Clock clock) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.cases = cases;
        this.surveys = surveys;
        this.workingTime = workingTime;
        this.clock = clock;
    }

    public record FollowUp(
            long id,
            long customerId,
            long orderId,
            String orderNumber,
            FollowUpReason reason,
            String owner,
            LocalDate createdOn,
            LocalDate firstDueOn,
            LocalDate dueOn,
            FollowUpStatus status,
            FollowUpOutcome outcome,
            int tries,
            String note,
            Long caseId,
            Long surveyId,
            LocalDate doneOn)
            implements java.io.Serializable {}

    /**
     * What the call found.
     *
     * @param surveyKind the question asked on the call, or null
     * @param score      its answer, when asked
     */
    public record Call(FollowUpOutcome outcome, String note, SurveyKind surveyKind, Integer score) {}

    /** What recording a call did: the follow-up after it, and the survey's skip when the questions were not taken. */
    public record Recorded(FollowUp followUp, SkipReason surveySkipped) {}

    private LocalDate today() {
        return LocalDate.now(clock.withZone(workingTime.zone()));
    }

    @Transactional(readOnly = true)
    public FollowUp get(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM satisfaction_follow_up WHERE id = :id")
                .param("id", id)
                .query(FollowUps::followUp)
                .optional()
                .orElseThrow(() -> new NotFoundException("follow-up", id));
    }

    /** The open calls of {@code owner} due by today, the earliest first. */
    @Transactional(readOnly = true)
    public List<FollowUp> dueFor(String owner, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM satisfaction_follow_up
                        WHERE owner_user = :owner AND status = 'OPEN' AND due_on <= :today
                          AND """ + VISIBLE + """
                        ORDER BY due_on, id LIMIT :limit""")
                .param("owner", owner)
                .param("today", Date.valueOf(today()))
                .param("limit", limit)
                .query(FollowUps::followUp)
                .list();
    }

    /** Open calls (of {@code owner}, or of everybody when null), the earliest due first, a page of {@code size}. */
    @Transactional(readOnly = true)
    public List<FollowUp> open(String owner, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM satisfaction_follow_up WHERE status = 'OPEN' AND " + VISIBLE
                        + (owner == null ? "" : " AND owner_user = :owner")
                        + " ORDER BY due_on, id LIMIT :limit OFFSET :offset")
                .param("owner", owner)
                .param("limit", size)
                .param("offset", Math.max(0, page) * size)
                .query(FollowUps::followUp)
                .list();
    }

    /**
     * Records what the call found.
     *
     * @param manages whether {@code actor} may record another person's calls
     * @throws AccessDeniedException   when the call is someone else's and {@code actor} does not manage
     * @throws FollowUpStateException  when it is done already, or changed meanwhile
     */
    @Transactional
    public Recorded record(long id, Call call, String actor, boolean manages) {
        FollowUp followUp = get(id);
        if (!manages && !actor.equals(followUp.owner())) {
            throw new AccessDeniedException("Follow-up " + id + " is " + followUp.owner() + "'s");
        }
        if (call.outcome() == null) {
            throw new InvalidInputException(InputError.field("outcome", "satisfaction.surveys.required"));
        }
        TextInput.require("note", call.note(), NOTE_MAX, true);
        String note = call.note() == null || call.note().isBlank()
                ? null
                : call.note().strip();
        if (call.outcome() == FollowUpOutcome.PROBLEM && (note == null || note.isBlank())) {
            throw new InvalidInputException(InputError.field("note", "satisfaction.followUps.problem.words"));
        }
        if (followUp.status() != FollowUpStatus.OPEN) {
            throw new FollowUpStateException(id, followUp.status());
        }
        LocalDate today = today();
        if (call.outcome() == FollowUpOutcome.NO_ANSWER && followUp.tries() < RETRIES) {
            LocalDate next = workingTime.workingDaysAfter(today.plusDays(1), 0);
            guarded(id, followUp.tries(), "tries = tries + 1, due_on = :next, note = :note", next, note, actor);
            return new Recorded(get(id), null);
        }
        Long caseId = null;
        Long surveyId = null;
        SkipReason skipped = null;
        switch (call.outcome()) {
            case PROBLEM ->
                caseId = cases.openComplaint(
                                followUp.customerId(),
                                followUp.owner(),
                                messages.getMessage(
                                        "satisfaction.followUps.case.subject",
                                        new Object[] {followUp.orderNumber()},
                                        BUSINESS),
                                messages.getMessage(
                                        "satisfaction.followUps.case.description",
                                        new Object[] {followUp.orderNumber(), note},
                                        BUSINESS))
                        .value();
            case DO_NOT_CALL ->
                jdbc.sql("""
                            INSERT INTO satisfaction_contact_stop (customer_id, channel, recorded_at, recorded_by)
                            VALUES (:c, 'PHONE', :now, :actor) ON CONFLICT DO NOTHING""")
                        .param("c", followUp.customerId())
                        .param("now", Timestamp.from(clock.instant()))
                        .param("actor", actor)
                        .update();
            case ALL_FINE -> {
                if (call.surveyKind() != null) {
                    if (call.score() == null) {
                        throw new InvalidInputException(InputError.field("score", "satisfaction.surveys.required"));
                    }
                    Surveys.Outcome asked = surveys.ask(
                            new SurveyRequest(
                                    followUp.customerId(),
                                    call.surveyKind(),
                                    SurveyMode.PHONE,
                                    null,
                                    followUp.orderId(),
                                    null),
                            actor,
                            false,
                            null);
                    if (asked.status() == SurveyStatus.SKIPPED) {
                        skipped = asked.skipReason();
                    } else {
                        surveys.answerByPhone(asked.id(), call.score(), note, actor);
                        surveyId = asked.id();
                    }
                }
            }
            default -> {}
        }
        int updated = jdbc.sql("""
                        UPDATE satisfaction_follow_up SET status = 'DONE', outcome = :outcome, note = :note,
                            case_id = :caseId, survey_id = :surveyId, done_on = :today, done_by = :actor,
                            tries = tries + 1
                         WHERE id = :id AND status = 'OPEN' AND tries = :tries""")
                .param("outcome", call.outcome().name())
                .param("note", note)
                .param("caseId", caseId, java.sql.Types.BIGINT)
                .param("surveyId", surveyId, java.sql.Types.BIGINT)
                .param("today", Date.valueOf(today))
                .param("actor", actor)
                .param("id", id)
                .param("tries", followUp.tries())
                .update();
        if (updated == 0) {
            throw new FollowUpStateException(id, get(id).status());
        }
        return new Recorded(get(id), skipped);
    }

    private void guarded(long id, int tries, String set, LocalDate next, String note, String actor) {
        int updated = jdbc.sql("UPDATE satisfaction_follow_up SET " + set
                        + ", done_by = :actor WHERE id = :id AND status = 'OPEN' AND tries = :tries")
                .param("next", Date.valueOf(next))
                .param("note", note)
                .param("actor", actor)
                .param("id", id)
                .param("tries", tries)
                .update();
        if (updated == 0) {
            throw new FollowUpStateException(id, get(id).status());
        }
    }

    /**
     * The follow-ups given from {@code from} to {@code to}: how many, how many were done by the day
     * first due, and problems found per 100 orders followed up.
     */
    public record Figures(long due, long done, long doneOnTime, long problems, Double problemsPer100Orders) {}

    @Transactional(readOnly = true)
    public Figures figures(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS due,
                               SUM(CASE WHEN status = 'DONE' THEN 1 ELSE 0 END) AS done,
                               SUM(CASE WHEN status = 'DONE' AND done_on <= first_due_on THEN 1 ELSE 0 END) AS on_time,
                               SUM(CASE WHEN outcome = 'PROBLEM' THEN 1 ELSE 0 END) AS problems
                          FROM satisfaction_follow_up WHERE created_on >= :from AND created_on <= :to""")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> {
                    long due = rs.getLong("due");
                    long problems = rs.getLong("problems");
                    return new Figures(
                            due,
                            rs.getLong("done"),
                            rs.getLong("on_time"),
                            problems,
                            due == 0 ? null : 100.0 * problems / due);
                })
                .single();
    }

    private static final String COLUMNS = "id, customer_id, order_id, order_number, reason, owner_user, created_on,"
            + " first_due_on, due_on, status, outcome, tries, note, case_id, survey_id, done_on";

    private static FollowUp followUp(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        Date done = rs.getDate("done_on");
        return new FollowUp(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                rs.getLong("order_id"),
                rs.getString("order_number"),
                FollowUpReason.valueOf(rs.getString("reason")),
                rs.getString("owner_user"),
                rs.getDate("created_on").toLocalDate(),
                rs.getDate("first_due_on").toLocalDate(),
                rs.getDate("due_on").toLocalDate(),
                FollowUpStatus.valueOf(rs.getString("status")),
                outcome == null ? null : FollowUpOutcome.valueOf(outcome),
                rs.getInt("tries"),
                rs.getString("note"),
                (Long) rs.getObject("case_id", Long.class),
                (Long) rs.getObject("survey_id", Long.class),
                done == null ? null : done.toLocalDate());
    }
}
