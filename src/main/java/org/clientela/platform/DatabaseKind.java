package org.clientela.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Which of the two databases the application runs on: PostgreSQL in production, H2 embedded
 * (in PostgreSQL mode) by default and in tests. The one place that asks; code whose SQL differs
 * between the two injects this bean instead of reading the connection's metadata itself. The
 * answer is read once, on first use: a data source does not change its kind.
 */
@Component
public class DatabaseKind {

    private final DataSource dataSource;
    private volatile Boolean postgres;

    DatabaseKind(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the database is PostgreSQL (else H2). */
    public boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                known = isPostgres(connection);
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Cannot tell which database this is", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            postgres = known;
        }
        return known;
    }

    /** Whether the database is H2, embedded in this process or in tests. */
    public boolean isH2() {
        return !isPostgres();
    }

    /**
     * Whether {@code connection} leads to PostgreSQL: for code that runs before the application's
     * beans exist (the migrations).
     */
    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
    }
}
