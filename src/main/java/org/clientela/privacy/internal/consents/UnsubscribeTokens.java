package org.clientela.privacy.internal.consents;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.clientela.platform.ContactPermission.Channel;
import org.clientela.platform.ContactPermission.Purpose;
import org.clientela.platform.UnsubscribeLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one-click unsubscribe links of our e-mails (RFC 8058): a random token of 256 bits per e-mail,
 * of which only the SHA-256 is kept, naming the customer, the channel and the purpose. Opening the
 * link changes nothing (mail scanners open links); posting to it withdraws the consent, and keeps
 * working for as long as the customer is with us, since people unsubscribe from old e-mails too.
 */
@Service
public class UnsubscribeTokens implements UnsubscribeLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a link names. */
    public record Link(long customerId, Channel channel, Purpose purpose) {}

    private final JdbcClient jdbc;
    private final ConsentLedger ledger;
    private final ConsentSettings settings;
    private final Clock clock;

    UnsubscribeTokens(JdbcClient jdbc, ConsentLedger ledger, ConsentSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String create(long customerId, Channel channel, Purpose purpose) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                        INSERT INTO privacy_unsubscribe_link (token_hash, customer_id, channel, purpose, created_at)
                        VALUES (:hash, :c, :channel, :purpose, :at)""")
                .param("hash", ConsentLedger.sha256(token))
                .param("c", customerId)
                .param("channel", channel.name())
                .param("purpose", purpose.name())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return base() + "/u/" + token;
    }

    /** The address customers reach us at: the current request's, or the setting outside a request. */
    private String base() {
        String root = RequestContextHolder.getRequestAttributes() != null
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : settings.publicUrl();
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /** What the link names; empty for a token that was never ours. Records nothing. */
    @Transactional(readOnly = true)
    public Optional<Link> find(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT customer_id, channel, purpose FROM privacy_unsubscribe_link WHERE token_hash = :h")
                .param("h", ConsentLedger.sha256(token))
                .query((rs, row) -> new Link(
                        rs.getLong("customer_id"),
                        Channel.valueOf(rs.getString("channel")),
                        Purpose.valueOf(rs.getString("purpose"))))
                .optional();
    }

    /**
     * Withdraws what the link names, recording the words its page showed; notes when the link was
     * first used.
     *
     * @return what the link named; empty for a token that was never ours
     */
    @Transactional
    public Optional<Link> unsubscribe(String token, String textShown) {
        Optional<Link> link = find(token);
        link.ifPresent(l -> {
            ledger.withdrawByLink(l.customerId(), l.channel(), l.purpose(), textShown);
            jdbc.sql("UPDATE privacy_unsubscribe_link SET used_at = :at WHERE token_hash = :h AND used_at IS NULL")
                    .param("at", Timestamp.from(clock.instant()))
                    .param("h", ConsentLedger.sha256(token))
                    .update();
        });
        return link;
    }
}
