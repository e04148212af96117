package org.clientela.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per user name and per client address and says when either is locked (see
 * {@link SignInSettings}). Everything lives in the database ({@code app_user} and
 * {@code sign_in_address}), so every instance sharing it counts together. Attempts for user names that
 * do not exist count for their address only.
 */
@Component
class SignInThrottle {

    /** Longer addresses (only possible with odd forward headers) are cut to this. */
    static final int ADDRESS_LENGTH = 100;

    private final JdbcClient jdbc;
    private final SignInSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    SignInThrottle(
            JdbcClient jdbc,
            SignInSettings settings,
            Clock clock,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * What the database holds about a sign-in as {@code username} from {@code address}, read in one
     * statement: whether either is locked, whether the name has failures that a success must clear,
     * and the account itself (so that the password check need not read it again: HTTP Basic signs in
     * every API request this way).
     */
    Standing standing(String username, String address) {
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT u.id, u.username, u.password_hash, u.display_name, u.roles, u.enabled, u.failed_attempts,
                       u.lock_count, u.locked_until, u.created_at, u.must_change_password, u.version,
                       (SELECT a.locked_until FROM sign_in_address a WHERE a.address = :address) AS address_locked_until
                  FROM (SELECT 1 AS one) x LEFT JOIN app_user u ON u.username = :username""")
                .param("username", username)
                .param("address", address == null ? "" : key(address))
                .query((rs, n) -> {
                    Timestamp nameLock = rs.getTimestamp("locked_until");
                    UserAccount account = rs.getObject("id") == null
                            ? null
                            : new UserAccount(
                                    rs.getLong("id"),
                                    rs.getString("username"),
                                    rs.getString("password_hash"),
                                    rs.getString("display_name"),
                                    rs.getString("roles"),
                                    rs.getBoolean("enabled"),
                                    rs.getInt("failed_attempts"),
                                    instant(nameLock),
                                    instant(rs.getTimestamp("created_at")),
                                    rs.getBoolean("must_change_password"),
                                    rs.getLong("version"));
                    return new Standing(
                            after(nameLock, now) || after(rs.getTimestamp("address_locked_until"), now),
                            rs.getInt("failed_attempts") + rs.getInt("lock_count") > 0 || nameLock != null,
                            account);
                })
                .single();
    }

    /**
     * @param refused  the user name or the address is locked: the sign-in fails whatever the password
     * @param failures the user name has failures or locks on record, which a right password clears
     * @param account  the account of that user name as read with the rest, or {@code null} when there is none
     */
    record Standing(boolean refused, boolean failures, UserAccount account) {}

    private static boolean after(Timestamp until, Instant now) {
        return until != null && until.toInstant().isAfter(now);
    }

    /** Counts a failed sign-in; may lock the user name, the address, or both. */
    void failed(String username, String address) {
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            user(username, true).ifPresent(before -> {
                FailedSignIns after = before.afterFailure(now, settings.maxFailures(), settings);
                jdbc.sql("""
                        UPDATE app_user SET failed_attempts = :failures, lock_count = :locks,
                               locked_until = :until, last_failed_at = :last
                         WHERE username = :key""").paramSource(params(after, username)).update();
                if (after.lockStartedAt(now)) {
                    events.publishEvent(new AccountLocked(username, after.lockedUntil()));
                }
            });
            if (address != null) {
                String key = key(address);
                boolean added = jdbc.sql("""
                        INSERT INTO sign_in_address (address, failed_attempts, lock_count, last_failed_at)
                        VALUES (:address, 0, 0, :now) ON CONFLICT DO NOTHING""")
                                .param("address", key)
                                .param("now", Timestamp.from(now))
                                .update()
                        == 1;
                FailedSignIns before =
                        added ? FailedSignIns.NONE : address(key, true).orElse(FailedSignIns.NONE);
                FailedSignIns after = before.afterFailure(now, settings.maxFailuresPerAddress(), settings);
                jdbc.sql("""
                        UPDATE sign_in_address SET failed_attempts = :failures, lock_count = :locks,
                               locked_until = :until, last_failed_at = :last
                         WHERE address = :key""").paramSource(params(after, key)).update();
                if (added) {
                    forgetQuietAddresses(now);
                }
            }
        });
    }

    /** A right password: the user name's count, locks included, starts afresh. The address's does not. */
    void succeeded(String username) {
        jdbc.sql("""
                UPDATE app_user SET failed_attempts = 0, lock_count = 0, locked_until = NULL, last_failed_at = NULL
                 WHERE username = :username
                   AND (failed_attempts > 0 OR lock_count > 0 OR locked_until IS NOT NULL)""").param("username", username).update();
    }

    /** An administrator's unlock: as if the user had just signed in. */
    void forgive(String username) {
        succeeded(username);
    }

    /** Addresses with nothing to remember any more, so that a flood from many addresses leaves no trace. */
    private void forgetQuietAddresses(Instant now) {
        Timestamp cutoff = Timestamp.from(now.minus(settings.forgetAfter()));
        jdbc.sql("""
                DELETE FROM sign_in_address
                 WHERE last_failed_at <= :cutoff AND (locked_until IS NULL OR locked_until <= :cutoff)""").param("cutoff", cutoff).update();
    }

    private Optional<FailedSignIns> user(String username, boolean forUpdate) {
        return jdbc.sql("SELECT failed_attempts, lock_count, locked_until, last_failed_at FROM app_user"
                        + " WHERE username = :key" + (forUpdate ? " FOR UPDATE" : ""))
                .param("key", username)
                .query(SignInThrottle::row)
                .optional();
    }

    private Optional<FailedSignIns> address(String key, boolean forUpdate) {
        return jdbc.sql("SELECT failed_attempts, lock_count, locked_until, last_failed_at FROM sign_in_address"
                        + " WHERE address = :key" + (forUpdate ? " FOR UPDATE" : ""))
                .param("key", key)
                .query(SignInThrottle::row)
                .optional();
    }

    private static FailedSignIns row(ResultSet rs, int n) throws SQLException {
        return new FailedSignIns(rs.getInt(1), rs.getInt(2), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static MapSqlParameterSource params(FailedSignIns s, String key) {
        return new MapSqlParameterSource()
                .addValue("failures", s.failures())
                .addValue("locks", s.locks())
                .addValue("until", s.lockedUntil() == null ? null : Timestamp.from(s.lockedUntil()), Types.TIMESTAMP)
                .addValue("last", s.lastFailedAt() == null ? null : Timestamp.from(s.lastFailedAt()), Types.TIMESTAMP)
                .addValue("key", key);
    }

    private static String key(String address) {
        return address.length() > ADDRESS_LENGTH ? address.substring(0, ADDRESS_LENGTH) : address;
    }
}
