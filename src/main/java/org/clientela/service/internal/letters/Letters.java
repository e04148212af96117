package org.clientela.service.internal.letters;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientela.platform.BusinessSettings;
import org.clientela.service.internal.ServiceSettingGroups;
import org.clientela.customers.CustomerAddresses;
import org.clientela.customers.CustomerAddresses.MailingAddress;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.service.internal.CaseFacts;
import org.clientela.service.internal.CaseFacts.CaseFact;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reply letters from draft to customer: written on a case (from a template or from scratch), checked,
 * approved by a second person, sent by e-mail. Every change is in the audit log.
 */
@Service
public class Letters {

    private final LetterRepository letters;
    private final CaseFacts cases;
    private final CustomerDirectory customers;
    private final CustomerAddresses addresses;
    private final LetterTemplates templates;
    private final LetterMail mail;
    private final BusinessSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final LetterChecker checker = new LetterChecker();

    Letters(LetterRepository letters, CaseFacts cases, CustomerDirectory customers,
            CustomerAddresses addresses, LetterTemplates templates, LetterMail mail, BusinessSettings settings,
            AuditLog audit, Clock clock, TransactionTemplate transactions) {
        this.letters = letters;
        this.cases = cases;
        this.customers = customers;
        this.addresses = addresses;
        this.templates = templates;
        this.mail = mail;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Transactional(readOnly = true)
    public Letter find(long id) {
        return letters.findById(id).orElseThrow(() -> new NotFoundException("letter", id));
    }

    /** The case a letter answers. */
    public CaseFact caseOf(long caseId) {
        return cases.find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
    }

    /** The template of {@code kind} filled from the case, for the editor to start from. */
    public LetterTemplates.Draft fromTemplate(long caseId, LetterKind kind, String language, String author) {
        requireLanguage(language);
        CaseFact fact = caseOf(caseId);
        String customerName = customers.find(fact.customerId()).map(CustomerDirectory.CustomerRef::name).orElse("");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("customerName", customerName);
        values.put("caseReference", fact.reference());
        values.put("caseSubject", fact.subject());
        values.put("author", author);
        values.put("businessName", settings.value(ServiceSettingGroups.BUSINESS_NAME));
        return templates.fill(kind, language, values);
    }

    /** A new draft on a case, written by {@code author}. */
    @Transactional
    public Letter draft(long caseId, LetterKind template, String language, String subject, String text,
            String author) {
        validate(language, subject, text);
        CaseFact fact = caseOf(caseId);
        Letter letter = letters.save(Letter.draft(caseId, fact.customerId(), template, language, subject, text, author,
                clock.instant()));
        audit.record("LETTER_DRAFTED", "letter", letter.getId(), "Letter \"" + letter.getSubject() + "\" on case "
                + fact.reference(), null, state(letter));
        return letter;
    }

    /**
     * New words for a letter; an approved letter goes back to draft.
     *
     * @param expectedVersion the version the writer started from, or {@code null} to skip the check
     * @throws OptimisticLockingFailureException when someone changed it meanwhile
     */
    @Transactional
    public Letter edit(long id, Long expectedVersion, String subject, String text) {
        validate(null, subject, text);
        Letter letter = find(id);
        if (expectedVersion != null && !expectedVersion.equals(letter.getVersion())) {
            throw new OptimisticLockingFailureException("letter " + id + " changed since version " + expectedVersion);
        }
        Map<String, Object> before = state(letter);
        if (letter.edit(subject, text, clock.instant())) {
            letter = letters.save(letter);
            audit.record("LETTER_EDITED", "letter", id, "Letter \"" + letter.getSubject() + "\" edited", before,
                    state(letter));
        }
        return letter;
    }

    /** The second person's approval. */
    @Transactional
    public Letter approve(long id, String approver) {
        Letter letter = find(id);
        letter.approve(approver, clock.instant());
        letter = letters.save(letter);
        audit.record("LETTER_APPROVED", "letter", id, "Letter \"" + letter.getSubject() + "\" approved by " + approver,
                null, state(letter));
        return letter;
    }

    /**
     * Sends an approved letter to the customer's e-mail, exactly once however many requests ask at
     * the same moment: the one whose conditional UPDATE moves the letter from APPROVED to SENDING
     * sends it; the others get {@link LetterRefused} ({@code BEING_SENT}, or {@code ALREADY_SENT}
     * once it went). When the SMTP server refuses, the letter is APPROVED again, keeps the error and
     * the caller gets {@code SEND_FAILED}: nothing is lost silently.
     * <p>
     * The claim is committed before the SMTP conversation and the result after it, so no database
     * transaction stays open while the mail server answers. Should the application die between the
     * two, the letter stays SENDING: we cannot know whether the server took it, and sending it
     * again could make it arrive twice.
     *
     * @throws InvalidInputException when the customer has no e-mail address (field {@code email})
     */
    public Letter send(long id) {
        Letter letter = find(id);
        letter.checkSendable();
        MailingAddress address = addresses.find(letter.getCustomerId()).orElse(null);
        if (address == null || !address.hasEmail()) {
            throw new InvalidInputException(InputError.field("email", "letters.invalid.noEmail",
                    address == null ? "" : address.name()));
        }
        if (!mail.configured()) {
            throw new LetterRefused(LetterRefused.Reason.MAIL_NOT_CONFIGURED);
        }
        if (letters.claimForSending(id, clock.instant()) == 0) {
            // Someone else claimed it first: say what it is now (being sent, sent, edited back to draft).
            find(id).checkSendable();
            throw new LetterRefused(LetterRefused.Reason.BEING_SENT);
        }
        Letter claimed = find(id);
        try {
            mail.send(claimed, address.email());
        } catch (RuntimeException e) {
            String error = e instanceof MailException m ? m.getMostSpecificCause().getMessage() : e.toString();
            transactions.executeWithoutResult(s -> {
                Letter failed = find(id);
                failed.sendFailed(error, clock.instant());
                letters.save(failed);
                audit.record("LETTER_SEND_FAILED", "letter", id, "Letter \"" + failed.getSubject()
                        + "\" not sent to " + address.email() + ": " + error, null, null);
            });
            if (e instanceof MailException) {
                throw new LetterRefused(LetterRefused.Reason.SEND_FAILED, error);
            }
            throw e;
        }
        return transactions.execute(s -> {
            claimed.sent(address.email(), clock.instant());
            Letter sent = letters.save(claimed);
            audit.record("LETTER_SENT", "letter", id, "Letter \"" + sent.getSubject() + "\" sent to " + address.email(),
                    null, state(sent));
            return sent;
        });
    }

    /** Whether e-mail can go out at all ({@code spring.mail.host} set). */
    public boolean canSendMail() {
        return mail.configured();
    }

    /** The checker on a saved letter: its review counts once someone else approved it. */
    public LetterCheck check(Letter letter) {
        String reviewer = letter.getStatus() == LetterStatus.DRAFT ? null : letter.getApprovedBy();
        return checker.check(letter.getLanguage(), letter.getText(), reviewer);
    }

    /** The checker on text being typed: not reviewed yet. */
    public LetterCheck check(String language, String text) {
        requireLanguage(language);
        return checker.check(language, text, null);
    }

    private static void requireLanguage(String language) {
        if (language == null || !LetterChecker.LANGUAGES.contains(language)) {
            throw new InvalidInputException(InputError.field("language", "letters.invalid.language",
                    String.join(", ", LetterChecker.LANGUAGES)));
        }
    }

    private static void validate(String language, String subject, String text) {
        List<InputError> errors = new ArrayList<>();
        if (language != null && !LetterChecker.LANGUAGES.contains(language)) {
            errors.add(InputError.field("language", "letters.invalid.language",
                    String.join(", ", LetterChecker.LANGUAGES)));
        }
        if (subject == null || subject.isBlank()) {
            errors.add(InputError.field("subject", "letters.invalid.subject.blank"));
        } else if (subject.strip().length() > Letter.MAX_SUBJECT) {
            errors.add(InputError.field("subject", "letters.invalid.tooLong", Letter.MAX_SUBJECT));
        }
        if (text == null || text.isBlank()) {
            errors.add(InputError.field("text", "letters.invalid.text.blank"));
        } else if (text.strip().length() > Letter.MAX_TEXT) {
            errors.add(InputError.field("text", "letters.invalid.tooLong", Letter.MAX_TEXT));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Map<String, Object> state(Letter letter) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", letter.getStatus());
        state.put("subject", letter.getSubject());
        state.put("language", letter.getLanguage());
        state.put("author", letter.getAuthor());
        state.put("approvedBy", letter.getApprovedBy());
        state.put("sentTo", letter.getSentTo());
        return state;
    }
}
