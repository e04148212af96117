package org.clientela.satisfaction.internal.loyalty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerAddresses;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.ContactPermission;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.retention.SegmentMembers;
import org.clientela.service.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting customers to a program: by e-mail, with a single-use join link, or noted when the
 * customer says yes in person. The link's token is random (256 bits) and only its SHA-256 is kept,
 * so the table cannot be turned into working links; opening the link joins nothing (mail scanners
 * open links), only the customer's own press of the button does — they give their own consent.
 *
 * <p>Long because an invitation's life — sent by e-mail with its link, or noted in person, then
 * opened and accepted — is one table and one token rule (only the hash kept, one use, a set number
 * of days); the candidates, the counts and the pending list are short reads of that same table.
 */
@Service
public class Invitations {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the public page needs to know about a link. */
    public record Invitation(
            long id,
            long programId,
            String programName,
            long customerId,
            String customerName,
            Instant expiresAt,
            Instant acceptedAt) {}

    /** A customer the program could invite: in the segment asked for, not a member yet. */
    public record Candidate(long customerId, String number, String name, boolean hasEmail, boolean invited) {}

    private final JdbcClient jdbc;
    private final LoyaltyPrograms programs;
    private final Memberships memberships;
    private final CustomerDirectory customers;
    private final CustomerAddresses addresses;
    private final SegmentMembers segments;
    private final BlockedCustomers blocked;
    private final OutgoingMail mail;
    private final MessageSource messages;
    private final BusinessSettings business;
    private final AuditLog audit;
    private final LoyaltySettings settings;
    private final Clock clock;
    private final ContactPermission permission;

    Invitations(
            JdbcClient jdbc,
            LoyaltyPrograms programs,
            Memberships memberships,
            CustomerDirectory customers,
            CustomerAddresses addresses,
            SegmentMembers segments,
            OutgoingMail mail,
            MessageSource messages,
            BusinessSettings business,
            AuditLog audit,
            LoyaltySettings settings,
            Clock clock,
            ContactPermission permission,
            BlockedCustomers blocked) {
        this.blocked = blocked;
        this.jdbc = jdbc;
        this.programs = programs;
        this.memberships = memberships;
        this.customers = customers;
        this.addresses = addresses;
        this.segments = segments;
        this.mail = mail;
        this.messages = messages;
        this.business = business;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.permission = permission;
    }

    /**
     * E-mails the customer an invitation with a join link valid {@code invitationDays} days.
     *
     * @param baseUrl where the link points (scheme, host and port of this installation)
     * @throws InvalidInputException {@code customerId} when the customer has no e-mail address or
     *                               refused or withdrew offers by e-mail; {@code channel} when SMTP is not set
     * @throws LoyaltyStateException when the customer is a member already
     */
    @Transactional
    public long inviteByEmail(long programId, long customerId, String baseUrl, Locale language) {
        Program program = programs.get(programId);
        var address = addresses.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        if (blocked.isBlocked(customerId)) {
            throw new InvalidInputException(InputError.field("customerId", "satisfaction.blocked.customer"));
        }
        if (memberships.isMember(programId, customerId)) {
            throw LoyaltyStateException.alreadyMember();
        }
        if (!address.hasEmail()) {
            throw new InvalidInputException(InputError.field("customerId", "satisfaction.loyalty.invite.noEmail"));
        }
        // The e-mail may be a contact person's (the customer has none): they have their own say too.
        if (!permission.allows(customerId, ContactPermission.Channel.EMAIL, ContactPermission.Purpose.MARKETING)
                || (address.contactId() != null
                        && !permission.allows(
                                ContactPermission.Person.contact(address.contactId()),
                                ContactPermission.Channel.EMAIL,
                                ContactPermission.Purpose.MARKETING))) {
            throw new InvalidInputException(InputError.field("customerId", "satisfaction.loyalty.invite.noConsent"));
        }
        if (!mail.configured()) {
            throw new InvalidInputException(InputError.field("channel", "satisfaction.loyalty.invite.noSmtp"));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(settings.invitationDays()));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO satisfaction_loyalty_invitation (program_id, customer_id, channel, email, token_hash,
                            invited_by, sent_at, expires_at)
                        VALUES (:program, :customer, 'EMAIL', :email, :hash, :by, :now, :expires)""")
                .param("program", programId)
                .param("customer", customerId)
                .param("email", address.email())
                .param("hash", hash(token))
                .param("by", AuditLog.currentActor())
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .update(key, "id");
        String link = baseUrl + "/join/" + token;
        // The business's name as the settings page has it (declared by the service module's settings).
        String businessName = business.value("business.name");
        String subject = messages.getMessage(
                "satisfaction.loyalty.mail.subject", new Object[] {program.name(), businessName}, language);
        String text = messages.getMessage(
                "satisfaction.loyalty.mail.text",
                new Object[] {address.name(), program.name(), businessName, link, settings.invitationDays()},
                language);
        // Sent last: should the server refuse it, the invitation is rolled back with the error.
        mail.send(customerId, ContactPermission.Purpose.MARKETING, language, address.email(), subject, text);
        audit.record(
                "LOYALTY_INVITED",
                "customer",
                String.valueOf(customerId),
                program.name() + " by e-mail",
                null,
                null,
                program.name(),
                AuditLog.word("satisfaction.loyalty.channel.EMAIL"));
        return key.getKey().longValue();
    }

    /**
     * Notes that the customer said yes in person: the invitation, accepted at once, and the membership.
     *
     * @throws LoyaltyStateException when the customer is a member already
     */
    @Transactional
    public void recordInPerson(long programId, long customerId) {
        if (!recordInPerson(programId, customerId, AuditLog.currentActor())) {
            throw LoyaltyStateException.alreadyMember();
        }
    }

    /**
     * Notes that the customer said yes in person to {@code by}.
     *
     * @return false when they were a member already (nothing is noted)
     */
    @Transactional
    public boolean recordInPerson(long programId, long customerId, String by) {
        Program program = programs.get(programId);
        customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        if (!memberships.join(programId, customerId, JoinChannel.IN_PERSON, by)) {
            return false;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO satisfaction_loyalty_invitation (program_id, customer_id, channel, invited_by, sent_at,
                            accepted_at)
                        VALUES (:program, :customer, 'IN_PERSON', :by, :now, :now)""")
                .param("program", programId)
                .param("customer", customerId)
                .param("by", by)
                .param("now", now)
                .update();
        audit.recordAs(
                by,
                "LOYALTY_INVITED",
                "customer",
                String.valueOf(customerId),
                program.name() + " in person",
                null,
                null,
                program.name(),
                AuditLog.word("satisfaction.loyalty.channel.IN_PERSON"));
        return true;
    }

    /** The invitation behind a link, whether or not it can still be used; empty for a token we never made. */
    @Transactional(readOnly = true)
    public Optional<Invitation> byToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT i.id, i.program_id, p.name, i.customer_id, i.expires_at, i.accepted_at
                          FROM satisfaction_loyalty_invitation i
                          JOIN satisfaction_loyalty_program p ON p.id = i.program_id
                         WHERE i.token_hash = :hash""")
                .param("hash", hash(token))
                .query((rs, n) -> new Invitation(
                        rs.getLong("id"),
                        rs.getLong("program_id"),
                        rs.getString("name"),
                        rs.getLong("customer_id"),
                        customers
                                .find(rs.getLong("customer_id"))
                                .map(CustomerDirectory.CustomerRef::name)
                                .orElse(""),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("accepted_at") == null
                                ? null
                                : rs.getTimestamp("accepted_at").toInstant()))
                .optional();
    }

    /** Whether a link can still be used: not used, not expired. */
    public boolean usable(Invitation invitation) {
        return invitation.acceptedAt() == null && clock.instant().isBefore(invitation.expiresAt());
    }

    /**
     * The customer joins through their link. Of two presses of the same link only the first one
     * counts: the guarded update lets one through.
     *
     * @return the invitation, or empty when the link is unknown, used or expired
     */
    @Transactional
    public Optional<Invitation> accept(String token) {
        Optional<Invitation> found = byToken(token).filter(this::usable);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Invitation invitation = found.get();
        int taken = jdbc.sql("""
                        UPDATE satisfaction_loyalty_invitation SET accepted_at = :now
                         WHERE id = :id AND accepted_at IS NULL AND expires_at > :now""")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", invitation.id())
                .update();
        if (taken == 0) {
            return Optional.empty();
        }
        memberships.join(invitation.programId(), invitation.customerId(), JoinChannel.EMAIL, null);
        return Optional.of(invitation);
    }

    /**
     * Up to {@code limit} customers of an RFM segment who are not members of the program, biggest
     * spenders first, saying whether they were invited already.
     *
     * @throws InvalidInputException {@code segment} when there is no such segment
     */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long programId, String segment, int limit) {
        if (!segments.segments().contains(segment)) {
            throw new InvalidInputException(InputError.field("segment", "satisfaction.loyalty.segment.unknown"));
        }
        List<Long> ids = segments.customersIn(segment, limit * 3);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> members = jdbc.sql("""
                        SELECT customer_id FROM satisfaction_loyalty_member WHERE program_id = :p AND customer_id IN (:ids)""")
                .param("p", programId)
                .param("ids", ids)
                .query(Long.class)
                .list();
        List<Long> invited = jdbc.sql("""
                        SELECT DISTINCT customer_id FROM satisfaction_loyalty_invitation
                         WHERE program_id = :p AND customer_id IN (:ids)""")
                .param("p", programId)
                .param("ids", ids)
                .query(Long.class)
                .list();
        var refs = customers.findAll(ids);
        List<Candidate> found = new ArrayList<>();
        for (Long id : ids) {
            if (members.contains(id) || !refs.containsKey(id) || found.size() == limit) {
                continue;
            }
            var ref = refs.get(id);
            boolean email = addresses
                    .find(id)
                    .map(CustomerAddresses.MailingAddress::hasEmail)
                    .orElse(false);
            found.add(new Candidate(id, ref.customerNumber(), ref.name(), email, invited.contains(id)));
        }
        return found;
    }

    /** Invitations sent and accepted, in one program. */
    public record Counts(long sent, long accepted, long byEmail, long inPerson) {}

    @Transactional(readOnly = true)
    public Counts counts(long programId) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS sent, COUNT(accepted_at) AS accepted,
                               SUM(CASE WHEN channel = 'EMAIL' THEN 1 ELSE 0 END) AS email,
                               SUM(CASE WHEN channel = 'IN_PERSON' THEN 1 ELSE 0 END) AS person
                          FROM satisfaction_loyalty_invitation WHERE program_id = :p""")
                .param("p", programId)
                .query((rs, n) -> new Counts(
                        rs.getLong("sent"), rs.getLong("accepted"), rs.getLong("email"), rs.getLong("person")))
                .single();
    }

    /** A pending invitation someone sent, for their day. */
    public record Pending(
            long customerId, String customerName, String programName, Instant sentAt, Instant expiresAt) {}

    /** The e-mailed invitations {@code by} sent that are neither accepted nor expired, newest first. */
    @Transactional(readOnly = true)
    public List<Pending> pendingOf(String by, int limit) {
        List<Pending> rows = jdbc.sql("""
                        SELECT i.customer_id, p.name, i.sent_at, i.expires_at FROM satisfaction_loyalty_invitation i
                          JOIN satisfaction_loyalty_program p ON p.id = i.program_id
                         WHERE i.invited_by = :by AND i.accepted_at IS NULL AND i.expires_at > :now
                           AND """ + BlockedCustomers.visible("i.customer_id") + """
                         ORDER BY i.sent_at DESC LIMIT :limit""")
                .param("by", by)
                .param("now", Timestamp.from(clock.instant()))
                .param("limit", limit)
                .query((rs, n) -> new Pending(
                        rs.getLong(1),
                        null,
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant()))
                .list();
        var names = customers.findAll(rows.stream().map(Pending::customerId).toList());
        return rows.stream()
                .map(r -> new Pending(
                        r.customerId(),
                        names.containsKey(r.customerId())
                                ? names.get(r.customerId()).name()
                                : "",
                        r.programName(),
                        r.sentAt(),
                        r.expiresAt()))
                .toList();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
