package org.clientela.privacy.internal.consents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.clientela.platform.ContactPermission;
import org.clientela.platform.ContactPermission.Person;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Slice;
import org.clientela.platform.TextInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every person's consents — a customer's, a customer's contact person's, a prospect's, each their
 * own ({@link Person}): an insert-only history (who recorded what, when, from where, on what
 * basis and with which words shown, each version of the words stored once by its SHA-256), and the
 * current state per channel and purpose, written with each record so that {@link #allows} — asked
 * before every marketing and survey message — is one primary-key read at any number of customers.
 *
 * <p>Long because the history and the current state are written in one transaction by every way a
 * consent is given or withdrawn (the form, the link, a prospect becoming a customer), and every
 * kind of person shares the same two tables; split, the rule that keeps history and state in step
 * would live in several places.
 */
@Service
public class ConsentLedger implements ContactPermission {

    private final JdbcClient jdbc;
    private final ConsentPeople people;
    private final Clock clock;

    ConsentLedger(JdbcClient jdbc, ConsentPeople people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean allows(Person person, Channel channel, Purpose purpose) {
        return jdbc.sql("""
                        SELECT status FROM privacy_consent_current
                         WHERE person_kind = :kind AND person_id = :id AND channel = :channel AND purpose = :purpose""")
                .param("kind", person.kind().name())
                .param("id", person.id())
                .param("channel", channel.name())
                .param("purpose", purpose.name())
                .query(String.class)
                .optional()
                .map(ConsentStatus::valueOf)
                .orElse(ConsentStatus.NOT_ASKED)
                .allows(person.kind());
    }

    /** Records a colleague's entry of the customer's answer ({@link #record(Person, NewConsent, String)}). */
    @Transactional
    public ConsentEntry record(long customerId, NewConsent consent, String actor) {
        return record(Person.customer(customerId), consent, actor);
    }

    /**
     * Records a colleague's entry of the person's answer.
     *
     * @param actor who records it
     * @throws NotFoundException     for an unknown person
     * @throws InvalidInputException naming {@code status} (NOT_ASKED is no answer), {@code source}
     *                               (only the link itself is the unsubscribe link) or {@code text}
     *                               (missing, too long, control characters)
     */
    @Transactional
    public ConsentEntry record(Person person, NewConsent consent, String actor) {
        ConsentPeople.Whose whose = people.whose(person);
        List<InputError> errors = new ArrayList<>();
        check(consent, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return insert(person, whose, consent, actor);
    }

    /**
     * Adds to {@code errors} what a colleague may not record: NOT_ASKED (no answer), the unsubscribe
     * link as the source (only the link itself is), and a text shown that is missing, too long or
     * holds control characters. Null channel, purpose, status or source are left to the caller.
     */
    public static void check(NewConsent consent, List<InputError> errors) {
        if (consent.status() != null && !consent.status().recordable()) {
            errors.add(InputError.field("status", "privacy.consent.invalid.status"));
        }
        if (consent.source() != null && !consent.source().recordable()) {
            errors.add(InputError.field("source", "privacy.consent.invalid.source"));
        }
        if (consent.text() == null || consent.text().isBlank()) {
            errors.add(InputError.field("text", "privacy.consent.invalid.text"));
        } else {
            TextInput.check(errors, "text", consent.text(), NewConsent.TEXT_MAX, true);
        }
    }

    /**
     * Records what the customer did themselves through an unsubscribe link: WITHDRAWN from that
     * link, with the words the link's page showed. Nothing is recorded when they had already
     * refused or withdrawn, so a mail client posting twice leaves one line.
     *
     * @return whether a line was recorded
     */
    @Transactional
    public boolean withdrawByLink(long customerId, Channel channel, Purpose purpose, String textShown) {
        Person person = Person.customer(customerId);
        ConsentStatus now = current(person).get(channel).get(purpose).status();
        if (now == ConsentStatus.WITHDRAWN || now == ConsentStatus.REFUSED) {
            return false;
        }
        insert(
                person,
                new ConsentPeople.Whose(customerId, null),
                new NewConsent(
                        channel,
                        purpose,
                        ConsentStatus.WITHDRAWN,
                        LegalBasis.CONSENT,
                        ConsentSource.UNSUBSCRIBE_LINK,
                        textShown),
                null);
        return true;
    }

    /**
     * Records what a prospect granted themselves on the public form: offers by e-mail and by phone
     * (what the form's box says), from {@code FORM}, with the words they read next to the box and no
     * colleague as the recorder. An unknown prospect or a missing text records nothing.
     */
    @Transactional
    public void grantFromForm(long prospectId, String shownText) {
        Person person = Person.prospect(prospectId);
        if (shownText == null || shownText.isBlank()) {
            return;
        }
        ConsentPeople.Whose whose;
        try {
            whose = people.whose(person);
        } catch (NotFoundException gone) {
            return;
        }
        String text =
                shownText.length() > NewConsent.TEXT_MAX ? shownText.substring(0, NewConsent.TEXT_MAX) : shownText;
        for (Channel channel : List.of(Channel.EMAIL, Channel.PHONE)) {
            insert(
                    person,
                    whose,
                    new NewConsent(
                            channel,
                            Purpose.MARKETING,
                            ConsentStatus.GRANTED,
                            LegalBasis.CONSENT,
                            ConsentSource.FORM,
                            text),
                    null);
        }
    }

    /**
     * A prospect became the customer {@code customerId}: their consents recorded so far, and those
     * of their contact people, are the customer's people's too, so the customer's export carries
     * them. Only this link is written on the history; what was recorded stays as it was.
     */
    @Transactional
    public void prospectBecameCustomer(long prospectId, long customerId) {
        jdbc.sql("""
                        UPDATE privacy_consent_event SET customer_id = :c
                         WHERE prospect_id = :p AND customer_id IS NULL""").param("c", customerId).param("p", prospectId).update();
    }

    /**
     * The prospect {@code prospectId} is being erased and its contact people go: what stands now for
     * them goes too (nobody is left to write to), while their history stays, tied to the prospect,
     * as the record of what they were asked and said. Counts only when {@code dryRun}.
     *
     * @return the current-state rows removed (or that would be)
     */
    @Transactional
    public long forgetProspectPeople(long prospectId, boolean dryRun) {
        String people = """
                FROM privacy_consent_current
                 WHERE person_kind = 'PROSPECT_CONTACT' AND person_id IN (
                       SELECT e.person_id FROM privacy_consent_event e
                        WHERE e.prospect_id = :p AND e.person_kind = 'PROSPECT_CONTACT')""";
        return dryRun
                ? jdbc.sql("SELECT COUNT(*) " + people)
                        .param("p", prospectId)
                        .query(Long.class)
                        .single()
                : jdbc.sql("DELETE " + people).param("p", prospectId).update();
    }

    private ConsentEntry insert(Person person, ConsentPeople.Whose whose, NewConsent consent, String actor) {
        Instant now = clock.instant();
        long textId = textId(consent.text(), now);
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO privacy_consent_event (person_kind, person_id, customer_id, prospect_id, channel,
                            purpose, status, legal_basis, source, text_id, recorded_at, recorded_by)
                        VALUES (:kind, :id, :c, :p, :channel, :purpose, :status, :basis, :source, :text, :at, :by)""")
                .param("kind", person.kind().name())
                .param("id", person.id())
                .param("c", whose.customerId(), java.sql.Types.BIGINT)
                .param("p", whose.prospectId(), java.sql.Types.BIGINT)
                .param("channel", consent.channel().name())
                .param("purpose", consent.purpose().name())
                .param("status", consent.status().name())
                .param("basis", consent.basis().name())
                .param("source", consent.source().name())
                .param("text", textId)
                .param("at", Timestamp.from(now))
                .param("by", actor)
                .update(key, "id");
        long eventId = key.getKey().longValue();
        keepCurrent(person, consent, eventId);
        return new ConsentEntry(
                eventId,
                consent.channel(),
                consent.purpose(),
                consent.status(),
                consent.basis(),
                consent.source(),
                now,
                actor,
                sha256(consent.text()),
                consent.text());
    }

    /**
     * Points the current state at the newest event. The guard {@code event_id < :e} keeps a slower
     * writer from putting an older event back; when no row exists yet the insert may meet one
     * inserted meanwhile, and then the guarded update runs again.
     */
    private void keepCurrent(Person person, NewConsent consent, long eventId) {
        if (updateCurrent(person, consent, eventId) > 0) {
            return;
        }
        int inserted = jdbc.sql("""
                        INSERT INTO privacy_consent_current (person_kind, person_id, channel, purpose, status, event_id)
                        VALUES (:kind, :id, :channel, :purpose, :status, :e) ON CONFLICT DO NOTHING""")
                .param("kind", person.kind().name())
                .param("id", person.id())
                .param("channel", consent.channel().name())
                .param("purpose", consent.purpose().name())
                .param("status", consent.status().name())
                .param("e", eventId)
                .update();
        if (inserted == 0) {
            updateCurrent(person, consent, eventId);
        }
    }

    private int updateCurrent(Person person, NewConsent consent, long eventId) {
        return jdbc.sql("""
                        UPDATE privacy_consent_current SET status = :status, event_id = :e
                         WHERE person_kind = :kind AND person_id = :id AND channel = :channel AND purpose = :purpose
                           AND event_id < :e""")
                .param("kind", person.kind().name())
                .param("id", person.id())
                .param("channel", consent.channel().name())
                .param("purpose", consent.purpose().name())
                .param("status", consent.status().name())
                .param("e", eventId)
                .update();
    }

    /** The id of these words, stored the first time anyone records them. */
    private long textId(String text, Instant now) {
        String hash = sha256(text);
        jdbc.sql("""
                        INSERT INTO privacy_consent_text (sha256, body, first_used)
                        VALUES (:hash, :body, :at) ON CONFLICT DO NOTHING""")
                .param("hash", hash)
                .param("body", text)
                .param("at", Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT id FROM privacy_consent_text WHERE sha256 = :hash")
                .param("hash", hash)
                .query(Long.class)
                .single();
    }

    /** All ten channel and purpose pairs of a customer, NOT_ASKED where nothing was recorded. */
    @Transactional(readOnly = true)
    public Map<Channel, Map<Purpose, ConsentState>> current(long customerId) {
        return current(Person.customer(customerId));
    }

    /** All ten channel and purpose pairs of a person, NOT_ASKED where nothing was recorded. */
    @Transactional(readOnly = true)
    public Map<Channel, Map<Purpose, ConsentState>> current(Person person) {
        people.require(person);
        Map<Channel, Map<Purpose, ConsentState>> grid = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            Map<Purpose, ConsentState> row = new EnumMap<>(Purpose.class);
            for (Purpose purpose : Purpose.values()) {
                row.put(purpose, ConsentState.notAsked(person.kind(), channel, purpose));
            }
            grid.put(channel, row);
        }
        jdbc.sql("SELECT " + COLUMNS + """
                         FROM privacy_consent_current c
                         JOIN privacy_consent_event e ON e.id = c.event_id
                         JOIN privacy_consent_text t ON t.id = e.text_id
                        WHERE c.person_kind = :kind AND c.person_id = :id""")
                .param("kind", person.kind().name())
                .param("id", person.id())
                .query(ConsentLedger::entry)
                .list()
                .forEach(e -> grid.get(e.channel()).put(e.purpose(), ConsentState.of(e)));
        return grid;
    }

    /**
     * What stands for each of several people of one kind, only the pairs with a record (the rest are
     * NOT_ASKED), channel by channel: for a compact line per contact person on the customer page.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<ConsentState>> recorded(Person.Kind kind, java.util.Collection<Long> ids) {
        Map<Long, List<ConsentState>> found = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT c.person_id, " + COLUMNS + """
                         FROM privacy_consent_current c
                         JOIN privacy_consent_event e ON e.id = c.event_id
                         JOIN privacy_consent_text t ON t.id = e.text_id
                        WHERE c.person_kind = :kind AND c.person_id IN (:ids)
                        ORDER BY c.person_id, c.channel, c.purpose""")
                .param("kind", kind.name())
                .param("ids", ids)
                .query((rs, row) -> java.util.Map.entry(rs.getLong("person_id"), entry(rs, row)))
                .list()
                .forEach(e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(ConsentState.of(e.getValue())));
        return found;
    }

    /** The same grid as a list, channel by channel. */
    public List<ConsentState> currentList(long customerId) {
        return currentList(Person.customer(customerId));
    }

    /** The same grid as a list, channel by channel. */
    public List<ConsentState> currentList(Person person) {
        return current(person).values().stream()
                .flatMap(row -> row.values().stream())
                .toList();
    }

    /** The customer's history, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Slice<ConsentEntry> history(long customerId, int page, int size) {
        return history(Person.customer(customerId), page, size);
    }

    /** The person's history, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Slice<ConsentEntry> history(Person person, int page, int size) {
        people.require(person);
        List<ConsentEntry> rows = jdbc.sql("SELECT " + COLUMNS + """
                         FROM privacy_consent_event e
                         JOIN privacy_consent_text t ON t.id = e.text_id
                        WHERE e.person_kind = :kind AND e.person_id = :id
                        ORDER BY e.id DESC
                        LIMIT :limit OFFSET :offset""")
                .param("kind", person.kind().name())
                .param("id", person.id())
                .param("limit", size + 1)
                .param("offset", (long) page * size)
                .query(ConsentLedger::entry)
                .list();
        return Slice.of(rows, page, size);
    }

    private static final String COLUMNS = """
            e.id, e.channel, e.purpose, e.status, e.legal_basis, e.source, e.recorded_at, e.recorded_by,
                   t.sha256, t.body""";

    private static ConsentEntry entry(ResultSet rs, int row) throws SQLException {
        return new ConsentEntry(
                rs.getLong("id"),
                Channel.valueOf(rs.getString("channel")),
                Purpose.valueOf(rs.getString("purpose")),
                ConsentStatus.valueOf(rs.getString("status")),
                LegalBasis.valueOf(rs.getString("legal_basis")),
                ConsentSource.valueOf(rs.getString("source")),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"),
                rs.getString("sha256"),
                rs.getString("body"));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
