package org.clientela.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Personal API tokens. A token is shown once when it is made; only its SHA-256 is stored, so a
 * copy of the database gives nobody access. Tokens are long random strings, so an unsalted fast
 * hash is enough (unlike passwords, which are bcrypt-hashed).
 *
 * <p>A token found in the database is remembered (by its hash, with its account) for
 * {@link #REMEMBERED_FOR}, so that a script calling the API does not cost a database round trip
 * per request for its token. Revoking a token on this instance forgets it at once; with several
 * instances, a token revoked on another one, or an account disabled in the database, is refused
 * everywhere within {@link #REMEMBERED_FOR}.
 */
@Service
class ApiTokens {

    static final String PREFIX = "clt_";
    /** How long a token found in the database is taken as it was found. */
    static final Duration REMEMBERED_FOR = Duration.ofSeconds(5);
    /** Tokens remembered at most; past that the memory starts afresh. */
    static final int MAX_REMEMBERED = 10_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserAccountRepository users;
    private final Clock clock;
    private final TokenUse use;
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();
    /** Counts revocations, so that a look-up that read a token before it was revoked does not remember it. */
    private final AtomicLong revocations = new AtomicLong();

    private record Remembered(Found found, Instant until) {}

    ApiTokens(JdbcClient jdbc, UserAccountRepository users, Clock clock, TokenUse use) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
        this.use = use;
    }

    /** Makes a token for {@code username}; the returned text is the only time it is seen. */
    @Transactional
    String issue(String username, String name) {
        UserAccount account = users.findByUsername(username).orElseThrow();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_hash, token_prefix, created_at)
                VALUES (:user, :name, :hash, :prefix, :now)""")
                .param("user", account.id())
                .param("name", name)
                .param("hash", sha256(token))
                .param("prefix", token.substring(0, 10))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return token;
    }

    /**
     * The account a presented token belongs to, if the token is known, in one query. When the token
     * was last noted as used more than {@link TokenUse#EVERY} ago, the note is written later by
     * {@link TokenUse}, never on this thread: a request does not wait for a write. A token found
     * less than {@link #REMEMBERED_FOR} ago is not looked up again.
     */
    Optional<UserAccount> accountFor(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = sha256(token);
        Instant now = clock.instant();
        Remembered before = remembered.get(hash);
        if (before != null && before.until().isAfter(now)) {
            use.used(before.found().tokenId(), before.found().lastUsedAt());
            return Optional.of(before.found().account());
        }
        long revoked = revocations.get();
        Optional<Found> found = lookUp(hash);
        if (found.isPresent() && revocations.get() == revoked) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.values().removeIf(r -> !r.until().isAfter(now));
                if (remembered.size() >= MAX_REMEMBERED) {
                    remembered.clear();
                }
            }
            remembered.put(hash, new Remembered(found.get(), now.plus(REMEMBERED_FOR)));
        } else if (before != null) {
            remembered.remove(hash, before);
        }
        found.ifPresent(f -> use.used(f.tokenId(), f.lastUsedAt()));
        return found.map(Found::account);
    }

    private Optional<Found> lookUp(String hash) {
        return jdbc.sql("""
                SELECT t.id AS token_id, t.last_used_at, u.id, u.username, u.password_hash, u.display_name,
                       u.roles, u.enabled, u.failed_attempts, u.locked_until, u.created_at, u.must_change_password,
                       u.version
                  FROM api_token t JOIN app_user u ON u.id = t.user_id
                 WHERE t.token_hash = :hash""")
                .param("hash", hash)
                .query((rs, n) -> new Found(
                        rs.getLong("token_id"),
                        instant(rs.getTimestamp("last_used_at")),
                        new UserAccount(
                                rs.getLong("id"),
                                rs.getString("username"),
                                rs.getString("password_hash"),
                                rs.getString("display_name"),
                                rs.getString("roles"),
                                rs.getBoolean("enabled"),
                                rs.getInt("failed_attempts"),
                                instant(rs.getTimestamp("locked_until")),
                                instant(rs.getTimestamp("created_at")),
                                rs.getBoolean("must_change_password"),
                                rs.getLong("version"))))
                .optional();
    }

    private record Found(long tokenId, Instant lastUsedAt, UserAccount account) {}

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A token as its owner sees it: never the token itself, only how it starts. */
    record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {}

    /** The tokens of {@code username}, newest first. */
    List<TokenView> of(String username) {
        return jdbc.sql("""
                SELECT t.id, t.name, t.token_prefix, t.created_at, t.last_used_at
                  FROM api_token t JOIN app_user u ON u.id = t.user_id
                 WHERE u.username = :username ORDER BY t.created_at DESC, t.id DESC""")
                .param("username", username)
                .query((rs, n) -> new TokenView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    /**
     * Deletes one of {@code username}'s own tokens; {@code false} when they have no such token. This
     * instance forgets it at once (others within {@link #REMEMBERED_FOR}).
     */
    @Transactional
    boolean revoke(String username, long id) {
        forget(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // Requests that read the token before the delete is committed may have remembered it since.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(id);
                }
            });
        }
        return jdbc.sql("""
                DELETE FROM api_token WHERE id = :id
                   AND user_id = (SELECT u.id FROM app_user u WHERE u.username = :username)""").param("id", id).param("username", username).update() == 1;
    }

    /** Forgets every token of {@code username} found lately, so that a deactivation counts at once here. */
    void forgetAccount(String username) {
        revocations.incrementAndGet();
        remembered.values().removeIf(r -> r.found().account().username().equals(username));
    }

    private void forget(long tokenId) {
        revocations.incrementAndGet();
        remembered.values().removeIf(r -> r.found().tokenId() == tokenId);
    }

    static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
