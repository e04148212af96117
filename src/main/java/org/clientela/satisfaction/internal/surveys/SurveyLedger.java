package org.clientela.satisfaction.internal.surveys;

import java.sql.Timestamp;
import java.time.Clock;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.service.ServiceCases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one ledger of every survey, whatever its mode and whatever it is about. Other parts of the
 * module (follow-up calls, internal requests) enter their answers here so that the fatigue cap and
 * the figures see them all.
 */
@Component
public class SurveyLedger {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Respondents respondents;
    private final LoopClosing loop;
    private final ServiceCases cases;
    private final SurveyCounts counts;

    SurveyLedger(
            JdbcClient jdbc,
            Clock clock,
            Respondents respondents,
            LoopClosing loop,
            ServiceCases cases,
            SurveyCounts counts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.respondents = respondents;
        this.loop = loop;
        this.cases = cases;
        this.counts = counts;
    }

    /**
     * Enters a survey asked and answered at once; returns its id. A customer's answer counts for the
     * fatigue cap and, when unhappy, closes the loop with a call-back like any other.
     *
     * @throws OwnCaseException      when {@code askedBy} owns the case the survey is about
     * @throws InvalidInputException naming {@code score} when it is outside the kind's range, or
     *                               {@code comment} when it is too long
     */
    @Transactional
    public long recordAnswered(AnsweredSurvey survey) {
        if ((survey.customerId() == null) == (survey.respondentUser() == null)) {
            throw new IllegalArgumentException("a survey asks either a customer or a user of ours");
        }
        if (!survey.kind().accepts(survey.score())) {
            throw new InvalidInputException(InputError.field(
                    "score",
                    "satisfaction.survey.score.range",
                    survey.kind().lowest(),
                    survey.kind().highest()));
        }
        if (survey.comment() != null && survey.comment().length() > AnsweredSurvey.COMMENT_MAX) {
            throw new InvalidInputException(
                    InputError.field("comment", "satisfaction.survey.comment.tooLong", AnsweredSurvey.COMMENT_MAX));
        }
        if (survey.caseId() != null
                && survey.askedBy() != null
                && cases.find(survey.caseId())
                        .map(c -> survey.askedBy().equals(c.owner()))
                        .orElse(false)) {
            throw new OwnCaseException(survey.caseId());
        }
        Timestamp now = Timestamp.from(clock.instant());
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO satisfaction_survey (kind, mode, status, customer_id, respondent_user, case_id,
                            order_id, internal_request_id, owner_user, case_type, language, created_at, asked_by,
                            answered_at, score, comment)
                        VALUES (:kind, :mode, 'ANSWERED', :customer, :respondent, :caseId, :orderId, :request,
                            :owner, :caseType, :language, :now, :askedBy, :now, :score, :comment)""")
                .param("kind", survey.kind().name())
                .param("mode", survey.mode().name())
                .param("customer", survey.customerId())
                .param("respondent", survey.respondentUser())
                .param("caseId", survey.caseId())
                .param("orderId", survey.orderId())
                .param("request", survey.internalRequestId())
                .param("owner", survey.ownerUser())
                .param("caseType", survey.caseType())
                .param("language", survey.language())
                .param("now", now)
                .param("askedBy", survey.askedBy())
                .param("score", survey.score())
                .param("comment", survey.comment())
                .update(key, "id");
        long id = key.getKey().longValue();
        if (survey.customerId() != null) {
            counts.added(id);
            respondents.askedNow(survey.customerId(), survey.kind());
            loop.afterAnswer(id, survey.customerId(), survey.kind(), survey.score(), survey.ownerUser());
        }
        return id;
    }
}
