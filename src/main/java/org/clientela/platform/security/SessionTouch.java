package org.clientela.platform.security;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in session's last access is written at most once every {@link #EVERY}, not on every page.
 * Spring Session JDBC updates the session's row after each request that used it, and the commit of
 * that {@code UPDATE} waited for the database to flush its log: two fifths of a page's time in the
 * load benchmark (docs/benchmarks.md). The same statement now changes the row only when the session's
 * id, timeout or user changed, or when its stored last access is at least {@link #EVERY} old; a
 * statement that changes nothing writes nothing to flush. A session therefore ends at most
 * {@link #EVERY} before its timeout after the last page, as seen by every instance.
 *
 * <p>Spring Session's statements also run without a transaction around them: each is one statement
 * that stands on its own (reading a session, or writing its row or one attribute; a session left
 * without its attributes by a crash during sign-in is simply not signed in), and the transaction
 * cost a {@code COMMIT} round trip for each of the two reads of the session a page makes.
 */
@Configuration(proxyBeanMethods = false)
class SessionTouch {

    static final Duration EVERY = Duration.ofMinutes(1);

    /** Spring Session's own update with the same six parameters in the same order, changing the row only when due. */
    static final String UPDATE_WHEN_DUE = """
            UPDATE %TABLE_NAME%
               SET SESSION_ID = V.SID, LAST_ACCESS_TIME = V.LAT, MAX_INACTIVE_INTERVAL = V.MII, EXPIRY_TIME = V.EXP,
                   PRINCIPAL_NAME = V.PN
              FROM (SELECT CAST(? AS VARCHAR(36)) AS SID, CAST(? AS BIGINT) AS LAT, CAST(? AS INTEGER) AS MII,
                           CAST(? AS BIGINT) AS EXP, CAST(? AS VARCHAR(100)) AS PN, CAST(? AS VARCHAR(36)) AS PID) V
             WHERE %TABLE_NAME%.PRIMARY_ID = V.PID
               AND (%TABLE_NAME%.SESSION_ID <> V.SID OR %TABLE_NAME%.MAX_INACTIVE_INTERVAL <> V.MII
                    OR %TABLE_NAME%.PRINCIPAL_NAME IS DISTINCT FROM V.PN
                    OR %TABLE_NAME%.LAST_ACCESS_TIME <= V.LAT - %EVERY%)
            """.replace("%EVERY%", String.valueOf(EVERY.toMillis()));

    /** Found by this name by Spring Session JDBC ({@code JdbcHttpSessionConfiguration}). */
    @Bean
    TransactionOperations springSessionTransactionOperations() {
        return TransactionOperations.withoutTransaction();
    }

    /**
     * The application's own {@code TransactionTemplate}, as Spring Boot makes it: Boot's backs off when
     * any {@code TransactionOperations} bean exists, such as the one above.
     */
    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> touchSessionsLessOften() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_WHEN_DUE);
    }
}
