package org.clientela.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for {@link #LOCK_TIME} after {@link #MAX_FAILURES} wrong passwords in a row.
 * The counter lives in the database, so every instance behind a load balancer sees the same count.
 */
@Component
class LoginLockout {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginLockout(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        jdbc.sql("""
                UPDATE app_user
                   SET failed_attempts = failed_attempts + 1,
                       locked_until = CASE WHEN failed_attempts + 1 >= :max THEN :until ELSE locked_until END
                 WHERE username = :username""")
                .param("max", MAX_FAILURES)
                .param("until", Timestamp.from(clock.instant().plus(LOCK_TIME)))
                .param("username", username)
                .update();
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("""
                UPDATE app_user SET failed_attempts = 0, locked_until = NULL
                 WHERE username = :username AND (failed_attempts > 0 OR locked_until IS NOT NULL)""")
                .param("username", event.getAuthentication().getName())
                .update();
    }
}
