package org.clientela.service.internal.contact;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.clientela.platform.SharedValues;
import org.clientela.service.internal.cases.CaseSettings;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps robots off the public contact form without a captcha: a field people never see (the
 * honeypot) must stay empty, the form must take at least a few seconds to fill (the moment it was
 * shown travels signed, so it cannot be forged), and one address may send only a few per hour,
 * counted in the database so that every instance counts together.
 */
@Service
public class ContactGate {

    /** Why a submission was refused. */
    public enum Verdict {
        ACCEPTED,
        ROBOT,
        TOO_FAST,
        TOO_MANY
    }

    private static final String SECRET_KEY = "service.contact.secret";

    private final JdbcClient jdbc;
    private final SharedValues shared;
    private final CaseSettings settings;
    private final Clock clock;

    ContactGate(JdbcClient jdbc, SharedValues shared, CaseSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.shared = shared;
        this.settings = settings;
        this.clock = clock;
    }

    /** A signed token of this moment, put in the form when it is shown. */
    public String issue() {
        String at = Long.toString(clock.millis());
        return at + "." + sign(at);
    }

    /**
     * Judges one submission from {@code clientAddress} and counts it against the address's hourly
     * allowance (robots included).
     */
    @Transactional
    public Verdict judge(String honeypot, String token, String clientAddress) {
        Instant now = clock.instant();
        String key = hash(clientAddress == null ? "-" : clientAddress);
        // Attempts older than a day count for nothing: forget them, whoever made them.
        jdbc.sql("DELETE FROM service_contact_attempt WHERE attempted_at < :old")
                .param("old", Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        long recent = jdbc.sql("""
                SELECT COUNT(*) FROM service_contact_attempt WHERE client_key = :k AND attempted_at > :since""")
                .param("k", key)
                .param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO service_contact_attempt (client_key, attempted_at) VALUES (:k, :t)")
                .param("k", key)
                .param("t", Timestamp.from(now))
                .update();
        if (recent >= settings.contactMaxPerHour()) {
            return Verdict.TOO_MANY;
        }
        if (honeypot != null && !honeypot.isEmpty()) {
            return Verdict.ROBOT;
        }
        Long shownAt = verify(token);
        if (shownAt == null) {
            return Verdict.ROBOT;
        }
        if (now.toEpochMilli() - shownAt < settings.contactMinFillSeconds() * 1000L) {
            return Verdict.TOO_FAST;
        }
        return Verdict.ACCEPTED;
    }

    private Long verify(String token) {
        if (token == null) {
            return null;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String at = token.substring(0, dot);
        if (!MessageDigest.isEqual(
                sign(at).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        try {
            return Long.parseLong(at);
        } catch (NumberFormatException bad) {
            return null;
        }
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret().getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One secret for all instances, made by whichever instance needs it first. */
    private String secret() {
        return shared.get(SECRET_KEY).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            try {
                shared.add(SECRET_KEY, HexFormat.of().formatHex(random));
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                // theirs stands
            }
            return shared.get(SECRET_KEY).orElseThrow();
        });
    }

    private static String hash(String address) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
