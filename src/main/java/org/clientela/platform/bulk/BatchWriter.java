package org.clientela.platform.bulk;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Writes rows with a batched {@code INSERT}: the way on databases without {@code COPY} (H2). */
public final class BatchWriter {

    private final JdbcTemplate template;

    public BatchWriter(JdbcTemplate template) {
        this.template = template;
    }

    public void insert(String table, List<String> columns, List<Object[]> rows) {
        template.batchUpdate(insertSql(table, columns), rows);
    }

    /** Inserts rows into a table whose {@code id} is an identity; the generated ids, in the order of the rows. */
    public long[] insertReturningIds(String table, List<String> columns, List<Object[]> rows) {
        String sql = insertSql(table, columns);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        template.batchUpdate(
                connection -> connection.prepareStatement(sql, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        Object[] row = rows.get(i);
                        for (int c = 0; c < row.length; c++) {
                            StatementCreatorUtils.setParameterValue(
                                    statement, c + 1, SqlTypeValue.TYPE_UNKNOWN, row[c]);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                },
                keys);
        List<Map<String, Object>> generated = keys.getKeyList();
        if (generated.size() != rows.size()) {
            throw new IllegalStateException(
                    table + ": " + rows.size() + " rows inserted but " + generated.size() + " ids returned");
        }
        long[] result = new long[generated.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = ((Number) generated.get(i).values().iterator().next()).longValue();
        }
        return result;
    }

    private static String insertSql(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }
}
