package org.clientela.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is shown once when it is made; only its SHA-256 is stored, so a
 * copy of the database gives nobody access. Tokens are long random strings, so an unsalted fast
 * hash is enough (unlike passwords, which are bcrypt-hashed).
 */
@Service
class ApiTokens {

    static final String PREFIX = "clt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserAccountRepository users;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, UserAccountRepository users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
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

    /** The account a presented token belongs to, if the token is known. */
    Optional<UserAccount> accountFor(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<Long> userId = jdbc.sql("SELECT user_id FROM api_token WHERE token_hash = :hash")
                .param("hash", sha256(token))
                .query(Long.class)
                .optional();
        return userId.flatMap(users::findById);
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
