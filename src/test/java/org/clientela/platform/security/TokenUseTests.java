package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A token's last use is noted at most once a minute, and never by the request that used it. */
@ApplicationTest
class TokenUseTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository users;

    /** Keeps what it is given until the test runs it: nothing runs on the caller's thread. */
    static final class HeldWrites implements Executor {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            held.add(command);
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }
    }

    long newToken() {
        String token = tokens.issue("admin", "use-" + System.nanoTime());
        return jdbc.sql("SELECT id FROM api_token WHERE token_hash = :hash")
                .param("hash", ApiTokens.sha256(token))
                .query(Long.class)
                .single();
    }

    Instant lastUse(long id) {
        Timestamp stored = jdbc.sql("SELECT last_used_at FROM api_token WHERE id = :id")
                .param("id", id)
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return stored == null ? null : stored.toInstant();
    }

    @Test
    void theUseIsWrittenByTheWriterNotByTheRequestAndAtMostOnceAMinute() {
        long id = newToken();
        MovableClock clock = MovableClock.at("2026-12-06T10:00:00Z");
        HeldWrites writes = new HeldWrites();
        TokenUse use = new TokenUse(jdbc, clock, writes);
        Instant first = clock.instant();

        use.used(id, null);
        assertThat(lastUse(id)).as("the request returned without writing").isNull();
        assertThat(writes.held).hasSize(1);
        writes.runAll();
        assertThat(lastUse(id)).isEqualTo(first);

        // Within the minute: neither what the database says nor this instance's memory lets a write through.
        clock.advance(Duration.ofSeconds(30));
        use.used(id, first);
        use.used(id, null);
        assertThat(writes.held).isEmpty();

        // Another instance, which remembers nothing and read the row before the first write:
        // the conditional UPDATE still leaves the first moment in place.
        TokenUse otherInstance = new TokenUse(jdbc, clock, writes);
        otherInstance.used(id, null);
        writes.runAll();
        assertThat(lastUse(id)).isEqualTo(first);

        // A minute on, the next use is noted again, once.
        clock.advance(Duration.ofSeconds(31));
        use.used(id, first);
        use.used(id, first);
        assertThat(writes.held).hasSize(1);
        writes.runAll();
        assertThat(lastUse(id)).isEqualTo(clock.instant());
    }

    @Test
    void aRequestWithATokenIsNotedSoonAfter() throws Exception {
        String token = tokens.issue("admin", "request-" + System.nanoTime());
        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = :hash")
                .param("hash", ApiTokens.sha256(token))
                .query(Long.class)
                .single();

        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(10)).until(() -> lastUse(id) != null);
    }

    @Test
    void findingATokensAccountLeavesTheWriteToTheWriter() {
        String token = tokens.issue("admin", "find-" + System.nanoTime());
        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = :hash")
                .param("hash", ApiTokens.sha256(token))
                .query(Long.class)
                .single();
        MovableClock clock = MovableClock.at("2026-12-06T10:00:00Z");
        HeldWrites writes = new HeldWrites();
        ApiTokens held = new ApiTokens(jdbc, users, clock, new TokenUse(jdbc, clock, writes));

        assertThat(held.accountFor(token))
                .get()
                .extracting(UserAccount::username)
                .isEqualTo("admin");
        assertThat(lastUse(id)).isNull();
        assertThat(writes.held).hasSize(1);

        writes.runAll();
        assertThat(lastUse(id)).isEqualTo(clock.instant());
    }
}
