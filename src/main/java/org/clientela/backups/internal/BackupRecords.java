package org.clientela.backups.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code backup} table: one row per archive in the backups folder. */
@Component
class BackupRecords {

    private final JdbcClient jdbc;

    BackupRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    BackupRecord add(Instant createdAt, String fileName, long sizeBytes, long rows, BackupReason reason) {
        jdbc.sql("""
                INSERT INTO backup (created_at, file_name, size_bytes, total_rows, reason, verified)
                VALUES (:createdAt, :file, :size, :rows, :reason, FALSE)""")
                .param("createdAt", Timestamp.from(createdAt))
                .param("file", fileName)
                .param("size", sizeBytes)
                .param("rows", rows)
                .param("reason", reason.name())
                .update();
        return byFile(fileName).orElseThrow();
    }

    void markVerified(long id, Instant at) {
        jdbc.sql("UPDATE backup SET verified = TRUE, verified_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    Optional<BackupRecord> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(BackupRecords::map)
                .optional();
    }

    Optional<BackupRecord> byFile(String fileName) {
        return jdbc.sql(SELECT + " WHERE file_name = :file")
                .param("file", fileName)
                .query(BackupRecords::map)
                .optional();
    }

    /** The latest first, at most {@code limit}. */
    List<BackupRecord> latest(int limit) {
        return jdbc.sql(SELECT + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query(BackupRecords::map)
                .list();
    }

    /** Every backup, the latest first (a handful: old ones are removed). */
    List<BackupRecord> all() {
        return jdbc.sql(SELECT + " ORDER BY created_at DESC, id DESC")
                .query(BackupRecords::map)
                .list();
    }

    Optional<Instant> lastVerifiedAt() {
        List<Timestamp> last = jdbc.sql("SELECT MAX(created_at) FROM backup WHERE verified = TRUE")
                .query(Timestamp.class)
                .list();
        return last.isEmpty() || last.get(0) == null
                ? Optional.empty()
                : Optional.of(last.get(0).toInstant());
    }

    void remove(long id) {
        jdbc.sql("DELETE FROM backup WHERE id = :id").param("id", id).update();
    }

    private static final String SELECT = """
            SELECT id, created_at, file_name, size_bytes, total_rows, reason, verified, verified_at FROM backup""";

    private static BackupRecord map(ResultSet row, int n) throws SQLException {
        Timestamp verifiedAt = row.getTimestamp("verified_at");
        return new BackupRecord(
                row.getLong("id"),
                row.getTimestamp("created_at").toInstant(),
                row.getString("file_name"),
                row.getLong("size_bytes"),
                row.getLong("total_rows"),
                BackupReason.valueOf(row.getString("reason")),
                row.getBoolean("verified"),
                verifiedAt == null ? null : verifiedAt.toInstant());
    }
}
