package org.clientela.satisfaction.internal.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientela.service.CaseType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads requests and their messages; the rating comes from the survey ledger, where it is kept. */
@Component
class RequestRows {

    static final String SELECT = """
            SELECT r.*, s.score AS rating, s.comment AS rating_comment
            FROM satisfaction_internal_request r
            LEFT JOIN satisfaction_survey s ON s.internal_request_id = r.id AND s.status = 'ANSWERED'
            """;

    static final RowMapper<InternalRequest> ROW = RequestRows::request;

    private final JdbcClient jdbc;

    RequestRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<InternalRequest> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(ROW).optional();
    }

    List<RequestMessage> messages(long requestId) {
        return jdbc.sql("""
                SELECT id, author, department, kind, body, written_at FROM satisfaction_internal_message
                WHERE request_id = :id ORDER BY written_at, id""")
                .param("id", requestId)
                .query((rs, n) -> new RequestMessage(
                        rs.getLong("id"),
                        rs.getString("author"),
                        rs.getString("department"),
                        RequestMessage.Kind.valueOf(rs.getString("kind")),
                        rs.getString("body"),
                        instant(rs, "written_at")))
                .list();
    }

    private static InternalRequest request(ResultSet rs, int n) throws SQLException {
        return new InternalRequest(
                rs.getLong("id"),
                rs.getString("from_department"),
                rs.getString("to_department"),
                rs.getString("requester"),
                CaseType.valueOf(rs.getString("request_type")),
                RequestPriority.valueOf(rs.getString("priority")),
                rs.getString("subject"),
                rs.getString("description"),
                rs.getBoolean("customer_affected"),
                nullableLong(rs, "customer_id"),
                RequestStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"),
                instant(rs, "first_response_due"),
                instant(rs, "resolution_due"),
                instant(rs, "first_response_at"),
                rs.getString("first_response_by"),
                nullableInt(rs, "first_response_minutes"),
                instant(rs, "closed_at"),
                rs.getString("closed_by"),
                nullableInt(rs, "resolution_minutes"),
                nullableLong(rs, "promise_id"),
                instant(rs, "rated_at"),
                nullableInt(rs, "rating"),
                rs.getString("rating_comment"),
                rs.getLong("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
