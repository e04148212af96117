package org.clientela.satisfaction.internal.surveys;

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
import java.util.Locale;
import java.util.Optional;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerAddresses;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerId;
import org.clientela.customers.CustomerOwners;
import org.clientela.platform.ContactPermission;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.retention.LostCustomers;
import org.clientela.retention.OpenServiceCases;
import org.clientela.service.OutgoingMail;
import org.clientela.service.ServiceCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking customers how satisfied they are and taking their answers: the exclusions (among them the
 * customer's consent to surveys by that channel) and the fatigue cap first (each skip recorded with
 * its reason), then a link by e-mail — a random token of 128
 * bits of which only the SHA-256 is kept, answering once within its days — or a question to ask on
 * the phone. An answer is recorded only by a deliberate act (the form's POST, a colleague's entry),
 * never by opening the link, which mail scanners do.
 *
 * <p>Long because asking and answering share the survey's token (only its hash kept, answering once
 * within its days), the score rules of each kind and the row mapper; split, the token's rules would
 * stand in two places.
 */
@Service
public class Surveys {

    private static final Logger log = LoggerFactory.getLogger(Surveys.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final List<String> LANGUAGES = List.of("es", "en");

    private final BlockedCustomers blocked;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SurveySettings settings;
    private final CustomerDirectory directory;
    private final CustomerOwners owners;
    private final CustomerAddresses addresses;
    private final LostCustomers lost;
    private final OpenServiceCases openCases;
    private final ServiceCases cases;
    private final OutgoingMail mail;
    private final MessageSource messages;
    private final Respondents respondents;
    private final LoopClosing loop;
    private final ContactPermission permission;
    private final SurveyCounts counts;

    Surveys(
            JdbcClient jdbc,
            Clock clock,
            SurveySettings settings,
            CustomerDirectory directory,
            CustomerOwners owners,
            CustomerAddresses addresses,
            LostCustomers lost,
            OpenServiceCases openCases,
            ServiceCases cases,
            OutgoingMail mail,
            MessageSource messages,
            Respondents respondents,
            LoopClosing loop,
            ContactPermission permission,
            SurveyCounts counts,
            BlockedCustomers blocked) {
        this.blocked = blocked;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.directory = directory;
        this.owners = owners;
        this.addresses = addresses;
        this.lost = lost;
        this.openCases = openCases;
        this.cases = cases;
        this.mail = mail;
        this.messages = messages;
        this.respondents = respondents;
        this.loop = loop;
        this.permission = permission;
        this.counts = counts;
    }

    /** What became of a request: sent (or to ask on the phone), or skipped and why. */
    public record Outcome(long id, SurveyStatus status, SkipReason skipReason) {}

    /** A survey as its public page and the phone form see it. */
    public record Survey(
            long id,
            SurveyKind kind,
            SurveyMode mode,
            SurveyStatus status,
            Long customerId,
            Long caseId,
            String ownerUser,
            String language,
            Instant expiresAt) {

        public Locale locale() {
            return Locale.forLanguageTag(language);
        }
    }

    /**
     * Asks the customer, or records why not. {@code linkBase} is the address customers reach this
     * application at (null: the setting).
     *
     * @throws SurveySkippedException when {@code strict} and a rule skips the survey
     */
    @Transactional
    public Outcome ask(SurveyRequest request, String actor, boolean strict, String linkBase) {
        String language = request.language() == null ? "es" : request.language();
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInputException(InputError.field("language", "satisfaction.survey.language", LANGUAGES));
        }
        if (directory.find(request.customerId()).isEmpty()) {
            throw new InvalidInputException(
                    InputError.field("customerId", "satisfaction.survey.customer.unknown", request.customerId()));
        }
        if (blocked.isBlocked(request.customerId())) {
            // Kept for legal claims only: never asked, by e-mail or by phone, and nothing recorded.
            throw new InvalidInputException(InputError.field("customerId", "satisfaction.blocked.customer"));
        }
        String owner = owners.ownersOf(List.of(request.customerId())).get(request.customerId());
        String caseType = null;
        if (request.caseId() != null) {
            ServiceCases.CaseSummary about = cases.find(request.caseId())
                    .filter(c -> c.customerId() == request.customerId())
                    .orElseThrow(() -> new InvalidInputException(
                            InputError.field("caseId", "satisfaction.survey.case.unknown", request.caseId())));
            caseType = about.type().name();
            owner = about.owner() != null ? about.owner() : owner;
        }
        String email = null;
        SkipReason reason = excluded(request);
        if (reason == null && request.mode() == SurveyMode.LINK) {
            Optional<CustomerAddresses.MailingAddress> address =
                    addresses.find(request.customerId()).filter(CustomerAddresses.MailingAddress::hasEmail);
            email = address.map(CustomerAddresses.MailingAddress::email).orElse(null);
            reason = email == null ? SkipReason.NO_EMAIL : mail.configured() ? null : SkipReason.MAIL_FAILED;
            // The e-mail may be a contact person's (the customer has none): they have their own say.
            Long contact =
                    address.map(CustomerAddresses.MailingAddress::contactId).orElse(null);
            if (reason == null
                    && contact != null
                    && !permission.allows(
                            ContactPermission.Person.contact(contact),
                            ContactPermission.Channel.EMAIL,
                            ContactPermission.Purpose.SURVEYS)) {
                reason = SkipReason.NO_CONSENT;
            }
        }
        Optional<Respondents.LastAsked> before = respondents.lastAsked(request.customerId());
        if (reason == null) {
            reason = respondents.take(request.customerId(), request.kind());
        }
        if (reason != null) {
            if (strict) {
                throw new SurveySkippedException(reason);
            }
            return new Outcome(
                    insert(request, SurveyStatus.SKIPPED, reason, owner, caseType, language, actor, null, null),
                    SurveyStatus.SKIPPED,
                    reason);
        }
        if (request.mode() == SurveyMode.PHONE) {
            long id = insert(request, SurveyStatus.SENT, null, owner, caseType, language, actor, null, null);
            counts.added(id);
            return new Outcome(id, SurveyStatus.SENT, null);
        }
        String token = newToken();
        Instant expires =
                clock.instant().plus(Duration.ofDays(settings.surveys().linkValidDays()));
        long id = insert(request, SurveyStatus.SENT, null, owner, caseType, language, actor, hash(token), expires);
        try {
            send(request.customerId(), email, request.kind(), Locale.forLanguageTag(language), link(linkBase, token));
            // Counted once it went out: a mail that fails makes a skip, which the figures never count.
            counts.added(id);
            return new Outcome(id, SurveyStatus.SENT, null);
        } catch (MailException | IllegalStateException ex) {
            log.warn("Survey {} could not be e-mailed: {}", id, ex.getMessage());
            respondents.giveBack(request.customerId(), before);
            jdbc.sql("""
                            UPDATE satisfaction_survey SET status = 'SKIPPED', skip_reason = 'MAIL_FAILED',
                                token_hash = NULL, expires_at = NULL WHERE id = :id""").param("id", id).update();
            if (strict) {
                throw new SurveySkippedException(SkipReason.MAIL_FAILED);
            }
            return new Outcome(id, SurveyStatus.SKIPPED, SkipReason.MAIL_FAILED);
        }
    }

    /** The rules that keep a customer from being asked at all, before the fatigue cap. */
    private SkipReason excluded(SurveyRequest request) {
        long customer = request.customerId();
        if (!lost.lostAmong(List.of(customer)).isEmpty()) {
            return SkipReason.LOST;
        }
        List<String> stops = jdbc.sql("SELECT channel FROM satisfaction_contact_stop WHERE customer_id = :c")
                .param("c", customer)
                .query(String.class)
                .list();
        if (stops.contains("ALL") || (request.mode() == SurveyMode.PHONE && stops.contains("PHONE"))) {
            return SkipReason.DO_NOT_CONTACT;
        }
        ContactPermission.Channel channel =
                request.mode() == SurveyMode.PHONE ? ContactPermission.Channel.PHONE : ContactPermission.Channel.EMAIL;
        if (!permission.allows(customer, channel, ContactPermission.Purpose.SURVEYS)) {
            return SkipReason.NO_CONSENT;
        }
        if (request.kind() == SurveyKind.NPS
                && !openCases.withOpenCase(List.of(CustomerId.of(customer))).isEmpty()) {
            return SkipReason.OPEN_CASE;
        }
        return null;
    }

    private long insert(
            SurveyRequest request,
            SurveyStatus status,
            SkipReason reason,
            String owner,
            String caseType,
            String language,
            String actor,
            String tokenHash,
            Instant expires) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO satisfaction_survey (kind, mode, status, skip_reason, customer_id, case_id, order_id,
                            owner_user, case_type, language, token_hash, expires_at, created_at, asked_by)
                        VALUES (:kind, :mode, :status, :reason, :customer, :caseId, :orderId, :owner, :caseType,
                            :language, :hash, :expires, :now, :actor)""")
                .param("kind", request.kind().name())
                .param("mode", request.mode().name())
                .param("status", status.name())
                .param("reason", reason == null ? null : reason.name())
                .param("customer", request.customerId())
                .param("caseId", request.caseId(), java.sql.Types.BIGINT)
                .param("orderId", request.orderId(), java.sql.Types.BIGINT)
                .param("owner", owner)
                .param("caseType", caseType)
                .param("language", language)
                .param("hash", tokenHash)
                .param("expires", expires == null ? null : Timestamp.from(expires), java.sql.Types.TIMESTAMP)
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .update(key, "id");
        return key.getKey().longValue();
    }

    private void send(long customerId, String to, SurveyKind kind, Locale locale, String link) {
        String subject = messages.getMessage("satisfaction.surveys.mail.subject." + kind, null, locale);
        String text = messages.getMessage(
                "satisfaction.surveys.mail.text." + kind,
                new Object[] {link, settings.surveys().linkValidDays()},
                locale);
        mail.send(customerId, ContactPermission.Purpose.SURVEYS, locale, to, subject, text);
    }

    private String link(String base, String token) {
        String root = base == null || base.isBlank() ? settings.surveys().publicUrl() : base;
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + "/s/" + token;
    }

    /** 128 random bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The survey behind a link, whatever its state; empty for a token that was never ours. Records nothing. */
    @Transactional(readOnly = true)
    public Optional<Survey> byToken(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM satisfaction_survey WHERE token_hash = :hash")
                .param("hash", hash(token))
                .query(Surveys::survey)
                .optional();
    }

    @Transactional(readOnly = true)
    public Survey get(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM satisfaction_survey WHERE id = :id")
                .param("id", id)
                .query(Surveys::survey)
                .optional()
                .orElseThrow(() -> new NotFoundException("survey", id));
    }

    /** Whether the link of {@code survey} still takes an answer now. */
    public boolean answerable(Survey survey) {
        return survey.status() == SurveyStatus.SENT
                && survey.expiresAt() != null
                && survey.expiresAt().isAfter(clock.instant());
    }

    /**
     * Records the answer given on the public page; false when the link no longer takes one (answered
     * before, expired, never ours): the guarded UPDATE is what makes a second POST record nothing.
     */
    @Transactional
    public boolean answerByLink(String token, int score, String comment) {
        Survey survey = byToken(token).orElse(null);
        if (survey == null || !answerable(survey)) {
            return false;
        }
        check(survey.kind(), score, comment);
        SurveyCounts.Counted before = counts.of(survey.id()).orElse(null);
        int updated = jdbc.sql("""
                        UPDATE satisfaction_survey SET status = 'ANSWERED', answered_at = :now, score = :score,
                            comment = :comment
                         WHERE id = :id AND status = 'SENT' AND expires_at > :now""")
                .param("now", Timestamp.from(clock.instant()))
                .param("score", score)
                .param("comment", blankToNull(comment))
                .param("id", survey.id())
                .update();
        if (updated == 0) {
            return false;
        }
        counts.changed(before, counts.of(survey.id()).orElse(null));
        loop.afterAnswer(survey.id(), survey.customerId(), survey.kind(), score, survey.ownerUser());
        return true;
    }

    /**
     * Records an answer taken by phone for a sent survey.
     *
     * @throws OwnCaseException      when the survey is about {@code actor}'s own case
     * @throws SurveyStateException  when it is no longer waiting for an answer
     */
    @Transactional
    public Survey answerByPhone(long id, int score, String comment, String actor) {
        Survey survey = get(id);
        check(survey.kind(), score, comment);
        if (survey.caseId() != null
                && cases.find(survey.caseId()).map(c -> actor.equals(c.owner())).orElse(false)) {
            throw new OwnCaseException(id);
        }
        if (!survey.status().canBecome(SurveyStatus.ANSWERED)) {
            throw new SurveyStateException(id, survey.status());
        }
        SurveyCounts.Counted before = counts.of(id).orElse(null);
        int updated = jdbc.sql("""
                        UPDATE satisfaction_survey SET status = 'ANSWERED', mode = 'PHONE', answered_at = :now,
                            score = :score, comment = :comment, asked_by = :actor, token_hash = NULL
                         WHERE id = :id AND status = 'SENT'""")
                .param("now", Timestamp.from(clock.instant()))
                .param("score", score)
                .param("comment", blankToNull(comment))
                .param("actor", actor)
                .param("id", id)
                .update();
        if (updated == 0) {
            throw new SurveyStateException(id, get(id).status());
        }
        counts.changed(before, counts.of(id).orElse(null));
        loop.afterAnswer(id, survey.customerId(), survey.kind(), score, survey.ownerUser());
        return get(id);
    }

    static void check(SurveyKind kind, int score, String comment) {
        if (!kind.accepts(score)) {
            throw new InvalidInputException(
                    InputError.field("score", "satisfaction.survey.score.range", kind.lowest(), kind.highest()));
        }
        if (comment != null && comment.length() > AnsweredSurvey.COMMENT_MAX) {
            throw new InvalidInputException(
                    InputError.field("comment", "satisfaction.survey.comment.tooLong", AnsweredSurvey.COMMENT_MAX));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static final String COLUMNS =
            "id, kind, mode, status, customer_id, case_id, owner_user, language, expires_at";

    private static Survey survey(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        return new Survey(
                rs.getLong("id"),
                SurveyKind.valueOf(rs.getString("kind")),
                SurveyMode.valueOf(rs.getString("mode")),
                SurveyStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("customer_id", Long.class),
                (Long) rs.getObject("case_id", Long.class),
                rs.getString("owner_user"),
                rs.getString("language"),
                expires == null ? null : expires.toInstant());
    }
}
