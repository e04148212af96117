package org.clientela.sales.internal.leads;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.PhoneNumbers;
import org.clientela.platform.TextInput;
import org.clientela.platform.UserDirectory;
import org.clientela.sales.LeadConsentGiven;
import org.clientela.sales.internal.callbacks.CallBacks;
import org.clientela.sales.internal.prospects.Prospect;
import org.clientela.sales.internal.prospects.ProspectBook;
import org.clientela.sales.internal.prospects.ProspectContact;
import org.clientela.sales.internal.prospects.ProspectDetails;
import org.clientela.sales.internal.prospects.ProspectSource;
import org.clientela.sales.internal.prospects.Prospects;
import org.clientela.sales.internal.prospects.SalesUser;
import org.clientela.service.CallBackTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leads of the public form: each becomes a prospect from the web for the seller on duty — or
 * joins the prospect already known by its e-mail or phone, for that prospect's owner — with a
 * call-back promised within the business's published call-back time, and the consent given or
 * refused kept with the words the sender saw (a consent given is also told to the privacy module,
 * {@link LeadConsentGiven}, which records it as the prospect's).
 */
@Service
public class WebLeads {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final String PHONE = "[0-9 +()\\-./]{6,40}";

    private final ProspectBook book;
    private final Prospects prospects;
    private final PhoneNumbers phones;
    private final SellerOnDuty onDuty;
    private final UserDirectory users;
    private final CallBacks callBacks;
    private final CallBackTime callBackTime;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    WebLeads(
            ProspectBook book,
            Prospects prospects,
            PhoneNumbers phones,
            SellerOnDuty onDuty,
            UserDirectory users,
            CallBacks callBacks,
            CallBackTime callBackTime,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events) {
        this.book = book;
        this.prospects = prospects;
        this.phones = phones;
        this.onDuty = onDuty;
        this.users = users;
        this.callBacks = callBacks;
        this.callBackTime = callBackTime;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** A lead received: its prospect, whether that was already known, and when we will call. */
    public record Received(long prospectId, boolean attached, Instant callBackBy) {}

    /** Receives a lead that passed the robot check; bad input is an error naming each field. */
    @Transactional
    public Received receive(NewLead lead) {
        check(lead);
        Instant now = clock.instant();
        String email = blank(lead.email());
        String phone = blank(lead.phone());
        Optional<Prospect> known = prospects
                .matching(
                        null, email == null ? null : email.toLowerCase(Locale.ROOT), phones.nationalDigits(phone), null)
                .stream()
                .findFirst();
        String seller = known.map(Prospect::owner)
                .filter(users::isActive)
                .or(onDuty::now)
                .orElseThrow(() -> new IllegalStateException("No active seller nor admin to take a web lead"));
        Prospect prospect =
                known.orElseGet(() -> book.create(details(lead, email, phone, seller), sellerOnDuty(seller), false)
                        .prospect());
        long textId = shownText(lead.language(), lead.shownText(), now);
        jdbc.sql("""
                INSERT INTO sales_web_lead (prospect_id, new_prospect, company, name, email, phone, message,
                       marketing_consent, consent_text_id, page, received_at)
                VALUES (:prospect, :fresh, :company, :name, :email, :phone, :message, :consent, :text, :page, :at)""")
                .param("prospect", prospect.id())
                .param("fresh", known.isEmpty())
                .param("company", blank(lead.company()))
                .param("name", lead.name().strip())
                .param("email", email)
                .param("phone", phone)
                .param("message", blank(lead.message()))
                .param("consent", lead.marketingConsent())
                .param("text", textId)
                .param("page", page(lead.page()))
                .param("at", Timestamp.from(now))
                .update();
        if (lead.marketingConsent()) {
            events.publishEvent(new LeadConsentGiven(prospect.id(), lead.shownText(), now));
        }
        // To the second: what the thank-you page says is what the ledger keeps.
        Instant due = callBackTime.dueAfter(now).truncatedTo(ChronoUnit.SECONDS);
        callBacks.promise(prospect.id(), prospect.name(), seller, due, callBackNote(lead));
        return new Received(prospect.id(), known.isPresent(), due);
    }

    private static void check(NewLead lead) {
        List<InputError> errors = new ArrayList<>();
        if (blank(lead.name()) == null) {
            errors.add(InputError.field("name", "sales.lead.name.required"));
        }
        TextInput.check(errors, "company", lead.company(), NewLead.COMPANY_MAX, false);
        TextInput.check(errors, "name", lead.name(), NewLead.NAME_MAX, false);
        TextInput.check(errors, "email", lead.email(), NewLead.EMAIL_MAX, false);
        TextInput.check(errors, "phone", lead.phone(), NewLead.PHONE_MAX, false);
        TextInput.check(errors, "message", lead.message(), NewLead.MESSAGE_MAX, true);
        String email = blank(lead.email());
        String phone = blank(lead.phone());
        if (email == null && phone == null) {
            errors.add(InputError.field("phone", "sales.lead.reach.required"));
        }
        if (email != null && !email.matches(EMAIL)) {
            errors.add(InputError.field("email", "sales.lead.email.invalid"));
        }
        if (phone != null && !phone.matches(PHONE)) {
            errors.add(InputError.field("phone", "sales.lead.phone.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static ProspectDetails details(NewLead lead, String email, String phone, String seller) {
        String company = blank(lead.company());
        return new ProspectDetails(
                company == null ? lead.name().strip() : company,
                null,
                null,
                null,
                phone,
                email,
                null,
                null,
                null,
                null,
                ProspectSource.WEB_FORM,
                seller,
                null,
                blank(lead.message()),
                company == null
                        ? List.of()
                        : List.of(new ProspectContact(lead.name().strip(), null, null, email, phone)));
    }

    /** The form acts for the seller on duty: the prospect is theirs as if they had typed it. */
    private static SalesUser sellerOnDuty(String seller) {
        return new SalesUser(seller, false, true, false);
    }

    /** The id of these words, stored the first time anyone is shown them. */
    private long shownText(String language, String body, Instant now) {
        String hash = sha256(body);
        jdbc.sql("""
                INSERT INTO sales_consent_text (sha256, language, body, first_shown_at)
                VALUES (:hash, :language, :body, :at) ON CONFLICT DO NOTHING""")
                .param("hash", hash)
                .param("language", language)
                .param("body", body)
                .param("at", Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT id FROM sales_consent_text WHERE sha256 = :hash")
                .param("hash", hash)
                .query(Long.class)
                .single();
    }

    private static String callBackNote(NewLead lead) {
        String who = blank(lead.company()) == null
                ? lead.name().strip()
                : lead.name().strip() + ", " + lead.company().strip();
        String how = blank(lead.phone()) != null
                ? lead.phone().strip()
                : lead.email().strip();
        String note = who + " · " + how;
        return note.length() > CallBacks.NOTE_MAX ? note.substring(0, CallBacks.NOTE_MAX) : note;
    }

    private static String page(String page) {
        String text = blank(page);
        if (text == null || text.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return text.length() > NewLead.PAGE_MAX ? text.substring(0, NewLead.PAGE_MAX) : text;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
