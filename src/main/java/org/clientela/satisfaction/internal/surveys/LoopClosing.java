package org.clientela.satisfaction.internal.surveys;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.clientela.customers.CustomerId;
import org.clientela.customers.CustomerOwners;
import org.clientela.platform.UserDirectory;
import org.clientela.service.PromiseKind;
import org.clientela.service.PromiseParty;
import org.clientela.service.Promises;
import org.clientela.service.WorkingTime;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing the loop: an unhappy answer (NPS 0–6, CSAT 1–2) becomes a call-back promise for the
 * customer's owner, due within two working hours of the next opening, in the transaction that
 * records the answer. Recording an answer is itself guarded (only a sent survey becomes answered),
 * and the call-back's row is keyed by the survey, so however many instances or retries see the
 * answer, one promise is made.
 */
@Component
class LoopClosing {

    static final Duration CALL_BACK_WITHIN = Duration.ofHours(2);

    private final JdbcClient jdbc;
    private final Promises promises;
    private final CustomerOwners owners;
    private final UserDirectory users;
    private final WorkingTime workingTime;
    private final MessageSource messages;
    private final Clock clock;

    LoopClosing(
            JdbcClient jdbc,
            Promises promises,
            CustomerOwners owners,
            UserDirectory users,
            WorkingTime workingTime,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.promises = promises;
        this.owners = owners;
        this.users = users;
        this.workingTime = workingTime;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether an answer of {@code score} to {@code kind} is an unhappy customer's. */
    static boolean unhappy(SurveyKind kind, int score) {
        return kind == SurveyKind.NPS ? score <= 6 : score <= 2;
    }

    /**
     * Promises the call-back for the answered survey {@code surveyId} when its answer is unhappy;
     * returns the promise's id, or null when none was made (a happy answer, or one already made).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Long afterAnswer(long surveyId, long customerId, SurveyKind kind, int score, String creditedTo) {
        if (!unhappy(kind, score)) {
            return null;
        }
        Instant now = clock.instant();
        int claimed = jdbc.sql("""
                        INSERT INTO satisfaction_call_back (survey_id, customer_id, created_at)
                        VALUES (:survey, :customer, :now) ON CONFLICT DO NOTHING""")
                .param("survey", surveyId)
                .param("customer", customerId)
                .param("now", Timestamp.from(now))
                .update();
        if (claimed == 0) {
            return null;
        }
        String owner = whoCalls(customerId, creditedTo);
        if (owner == null) {
            return null;
        }
        String description = messages.getMessage(
                "satisfaction.surveys.callBack.promise",
                new Object[] {kind.name(), score},
                Locale.forLanguageTag("es"));
        long promise = promises.make(
                PromiseParty.customer(CustomerId.of(customerId)),
                PromiseKind.CALL_BACK,
                workingTime.afterWorkingHours(now, CALL_BACK_WITHIN),
                description,
                owner);
        jdbc.sql(
                        "UPDATE satisfaction_call_back SET promise_id = :promise, owner_user = :owner WHERE survey_id = :survey")
                .param("promise", promise)
                .param("owner", owner)
                .param("survey", surveyId)
                .update();
        return promise;
    }

    /** The customer's owner, else whom the answer is credited to, else the first administrator. */
    private String whoCalls(long customerId, String creditedTo) {
        String owner = owners.ownersOf(List.of(customerId)).get(customerId);
        if (owner != null && users.isActive(owner)) {
            return owner;
        }
        if (creditedTo != null && users.isActive(creditedTo)) {
            return creditedTo;
        }
        return users.firstActiveAdmin().orElse(null);
    }
}
