package org.clientela.satisfaction.internal.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.clientela.customers.BlockedCustomers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The answers as people read them: the newest first, of everybody or of one customer. */
@Service
public class SurveyAnswers {

    public static final int PAGE = 50;

    /** One answered survey. */
    public record Answer(
            long id,
            long customerId,
            SurveyKind kind,
            SurveyMode mode,
            int score,
            String comment,
            String ownerUser,
            String caseType,
            Instant answeredAt,
            boolean unhappy) {}

    private final JdbcClient jdbc;

    SurveyAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The {@code page}-th page (from 0) of the customers' answers, newest first; one more than a page tells there is a next. */
    @Transactional(readOnly = true)
    public List<Answer> latest(int page) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM satisfaction_survey
                        WHERE answered_at IS NOT NULL AND customer_id IS NOT NULL
                          AND """ + BlockedCustomers.visible("satisfaction_survey.customer_id") + """
                        ORDER BY answered_at DESC, id DESC
                        LIMIT :limit OFFSET :offset""")
                .param("limit", PAGE + 1)
                .param("offset", Math.max(0, page) * PAGE)
                .query(SurveyAnswers::answer)
                .list();
    }

    /** The customer's last {@code limit} answers, newest first. */
    @Transactional(readOnly = true)
    public List<Answer> ofCustomer(long customerId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM satisfaction_survey
                        WHERE customer_id = :c AND status = 'ANSWERED'
                        ORDER BY created_at DESC, id DESC
                        LIMIT :limit""")
                .param("c", customerId)
                .param("limit", limit)
                .query(SurveyAnswers::answer)
                .list();
    }

    private static final String COLUMNS =
            "id, customer_id, kind, mode, score, comment, owner_user, case_type, answered_at";

    private static Answer answer(ResultSet rs, int row) throws SQLException {
        SurveyKind kind = SurveyKind.valueOf(rs.getString("kind"));
        int score = rs.getInt("score");
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Answer(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                kind,
                SurveyMode.valueOf(rs.getString("mode")),
                score,
                rs.getString("comment"),
                rs.getString("owner_user"),
                rs.getString("case_type"),
                answered == null ? null : answered.toInstant(),
                LoopClosing.unhappy(kind, score));
    }
}
