package org.clientela.platform.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps checking a table's rules after the connection that created the table
 * is gone. A fresh install creates every table through one pooled connection while it migrates; the
 * pool retires that connection after half an hour, and the application goes on writing. H2 2.4.240
 * evaluated a check constraint with the session that created it, so from then on every insert into
 * such a table failed with "Check constraint invalid" until a restart (fixed by H2 2.5).
 */
class EmbeddedCheckConstraintsTests {

    @Test
    void aCheckConstraintStillJudgesRowsAfterItsCreatorDisconnected() throws SQLException {
        String url = "jdbc:h2:mem:check-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Connection keepsTheDatabaseOpen = DriverManager.getConnection(url, "sa", "")) {
            try (Connection migrating = DriverManager.getConnection(url, "sa", "");
                    Statement ddl = migrating.createStatement()) {
                ddl.execute("CREATE TABLE consent_line (id INT PRIMARY KEY, channel VARCHAR(16) NOT NULL,"
                        + " CONSTRAINT consent_line_channel_ck CHECK (channel IN ('EMAIL', 'PHONE')))");
            }
            try (Connection writing = DriverManager.getConnection(url, "sa", "");
                    Statement insert = writing.createStatement()) {
                assertThat(insert.executeUpdate("INSERT INTO consent_line VALUES (1, 'EMAIL')"))
                        .isEqualTo(1);
                assertThatThrownBy(() -> insert.executeUpdate("INSERT INTO consent_line VALUES (2, 'FAX')"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageFindingMatch("(?i)consent_line_channel_ck");
            }
            assertThat(keepsTheDatabaseOpen.isClosed()).isFalse();
        }
    }
}
