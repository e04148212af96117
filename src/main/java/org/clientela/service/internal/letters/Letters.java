package org.clientela.service.internal.letters;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.clientela.customers.CustomerAddresses.MailingAddress;
import org.clientela.customers.CustomerAddresses;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Role;
import org.clientela.platform.UserProfiles;
import org.clientela.service.internal.ServiceSettingGroups;
import org.clientela.service.internal.letters.CaseFacts.CaseFact;
import org.springframework.context.MessageSource;
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
    private final LetterPdf pdf;
    private final UserProfiles people;
    private final MessageSource messages;
    private final LetterChecker checker = new LetterChecker();

    Letters(LetterRepository letters, CaseFacts cases, CustomerDirectory customers,
            CustomerAddresses addresses, LetterTemplates templates, LetterMail mail, BusinessSettings settings,
            AuditLog audit, Clock clock, TransactionTemplate transactions, LetterPdf pdf, UserProfiles people,
            MessageSource messages) {
        this.pdf = pdf;
        this.people = people;
        this.messages = messages;
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
        values.put("signature", signature(author, language));
        values.put("businessName", settings.value(ServiceSettingGroups.BUSINESS_NAME));
        return templates.fill(kind, language, values);
    }

    /**
     * How {@code username} signs a letter in {@code language}: the name they go by and, on the next
     * line, what they do (their role as the customer reads it, e.g. "Atención al cliente"). Just
     * the username for somebody who is not a user.
     */
    public String signature(String username, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return people.find(username)
                .map(p -> signatureRole(p.roles())
                        .map(r -> p.displayName() + "\n" + messages.getMessage("role." + r.name(), null, locale))
                        .orElse(p.displayName()))
                .orElse(username);
    }

    /** The role a letter names when its writer has several: the one a customer would write back to. */
    private static Optional<Role> signatureRole(Set<Role> roles) {
        return SIGNATURE_ROLES.stream().filter(roles::contains).findFirst();
    }

    private static final List<Role> SIGNATURE_ROLES = List.of(Role.MANAGER, Role.SERVICE, Role.SALES, Role.ADMIN);

    /** A new draft on a case, written by {@code author}. */
    @Transactional
    public Letter draft(long caseId, LetterKind template, String language, String subject, String text,
            String author) {
        validate(language, subject, text);
        CaseFact fact = caseOf(caseId);
        Letter letter = letters.save(Letter.draft(caseId, fact.customerId(), template, language, subject, text, author,
                clock.instant()));
        audit.record("LETTER_DRAFTED", "letter", letter.getId(), "Letter \"" + letter.getSubject() + "\" on case "
                + fact.reference(), null, state(letter),
                letter.getSubject(), fact.reference());
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
                    state(letter),
                letter.getSubject());
        }
        return letter;
    }

    /** The second person's approval, of a letter with nothing left to fill in. */
    @Transactional
    public Letter approve(long id, String approver) {
        Letter letter = find(id);
        letter.approve(approver, clock.instant());
        requireFilledIn(letter);
        letter = letters.save(letter);
        audit.record("LETTER_APPROVED", "letter", id, "Letter \"" + letter.getSubject() + "\" approved by " + approver,
                null, state(letter),
                letter.getSubject());
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
     * @param by who sends it
     * @throws InvalidInputException when the customer has no e-mail address (field {@code email}) or
     *                               a spot in brackets is left (field {@code subject} or {@code text})
     */
    public Letter send(long id, String by) {
        Letter letter = find(id);
        letter.checkSendable();
        requireFilledIn(letter);
        MailingAddress address = addresses.find(letter.getCustomerId()).orElse(null);
        if (address == null || !address.hasEmail()) {
            throw new InvalidInputException(InputError.field("email", "service.letters.invalid.noEmail",
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
                        + "\" not sent to " + address.email() + ": " + error, null, null,
                failed.getSubject(), address.email());
            });
            if (e instanceof MailException) {
                throw new LetterRefused(LetterRefused.Reason.SEND_FAILED, error);
            }
            throw e;
        }
        return transactions.execute(s -> {
            claimed.sent(address.email(), by, clock.instant());
            Letter sent = letters.save(claimed);
            audit.record("LETTER_SENT", "letter", id, "Letter \"" + sent.getSubject() + "\" sent to " + address.email(),
                    null, state(sent),
                sent.getSubject(), address.email());
            return sent;
        });
    }

    /** A print of a letter: the PDF file and which mark it carries. */
    public record Printed(Letter letter, LetterPdf.Mark mark, byte[] pdf) {
    }

    /**
     * Prints a letter. The first print of an approved letter sends it by post: it is recorded as
     * sent, by {@code by}, today, and is the only clean PDF the letter ever gets. Of several prints
     * at the same moment exactly one is that print: the one whose conditional UPDATE moves the
     * letter from APPROVED to SENT (see {@link LetterRepository#markSentByPost}); the others, and
     * every print of a sent letter, are copies marked COPIA / COPY, each one in the audit log. A
     * draft prints marked BORRADOR / DRAFT and stays a draft.
     * <p>
     * The original is drawn before the letter is recorded as sent, so a letter is never recorded
     * as printed without its PDF.
     *
     * @throws InvalidInputException when an approved letter still holds a spot in brackets
     */
    public Printed print(long id, String by) {
        Letter letter = find(id);
        if (letter.getStatus() == LetterStatus.DRAFT) {
            return new Printed(letter, LetterPdf.Mark.DRAFT, pdf.render(letter, LetterPdf.Mark.DRAFT));
        }
        if (letter.getStatus() == LetterStatus.APPROVED) {
            requireFilledIn(letter);
            byte[] original = pdf.render(letter, LetterPdf.Mark.NONE);
            String to = addresses.find(letter.getCustomerId()).map(Letters::postalAddress).orElse(null);
            Boolean sent = transactions.execute(s -> {
                if (letters.markSentByPost(id, by, to, clock.instant()) == 0) {
                    return false;
                }
                Letter posted = find(id);
                audit.record("LETTER_SENT_BY_POST", "letter", id, "Letter \"" + posted.getSubject()
                        + "\" printed and sent by post by " + by, null, state(posted), posted.getSubject());
                return true;
            });
            if (Boolean.TRUE.equals(sent)) {
                return new Printed(find(id), LetterPdf.Mark.NONE, original);
            }
            letter = find(id);
            if (letter.getStatus() == LetterStatus.DRAFT) {
                return new Printed(letter, LetterPdf.Mark.DRAFT, pdf.render(letter, LetterPdf.Mark.DRAFT));
            }
        }
        Letter copy = letter;
        byte[] copyPdf = pdf.render(copy, LetterPdf.Mark.COPY);
        transactions.executeWithoutResult(s -> audit.record("LETTER_COPY_PRINTED", "letter", id, "Copy of letter \""
                + copy.getSubject() + "\" printed by " + by, null, null, copy.getSubject()));
        return new Printed(copy, LetterPdf.Mark.COPY, copyPdf);
    }

    /**
     * The letter as a PDF file to look at, changing nothing: a draft marked BORRADOR / DRAFT, an
     * approved letter not sent yet marked VISTA PREVIA / PREVIEW (only {@link #print} makes the
     * original), a sent one marked COPIA / COPY.
     */
    public Printed preview(long id) {
        Letter letter = find(id);
        LetterPdf.Mark mark = switch (letter.getStatus()) {
            case DRAFT -> LetterPdf.Mark.DRAFT;
            case APPROVED -> LetterPdf.Mark.PREVIEW;
            case SENDING, SENT -> LetterPdf.Mark.COPY;
        };
        return new Printed(letter, mark, pdf.render(letter, mark));
    }

    /** One line of a letter's history: what happened, who did it (the name they go by), when. */
    public record HistoryEntry(Instant at, String action, String actor, String actorName) {
    }

    /** The audit actions a letter's history tells, each with its words {@code service.letters.history.<action>}. */
    public static final List<String> HISTORY_ACTIONS = List.of("LETTER_DRAFTED", "LETTER_EDITED", "LETTER_APPROVED",
            "LETTER_SENT", "LETTER_SEND_FAILED", "LETTER_SENT_BY_POST", "LETTER_COPY_PRINTED");

    /** What happened to a letter, newest first, from the audit log (a letter has a handful of entries). */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        Map<String, String> names = new HashMap<>();
        return audit.history("letter", id, 100).stream()
                .filter(e -> HISTORY_ACTIONS.contains(e.action()))
                .map(e -> new HistoryEntry(e.at(), e.action(), e.actor(),
                        names.computeIfAbsent(e.actor(), people::displayName)))
                .toList();
    }

    private static String postalAddress(MailingAddress to) {
        String line = Stream.of(to.address(), Stream.of(to.postalCode(), to.city())
                        .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" ")))
                .filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(", "));
        return line.isEmpty() ? null : line.substring(0, Math.min(line.length(), 320));
    }

    /**
     * Refuses a letter that still holds a spot in square brackets for the writer, naming the first
     * one and its line (the checker's {@link LetterStep#FILLED_IN}).
     */
    private static void requireFilledIn(Letter letter) {
        List<InputError> errors = new ArrayList<>();
        List<LetterChecker.Placeholder> inSubject = LetterChecker.placeholders(letter.getSubject());
        if (!inSubject.isEmpty()) {
            errors.add(InputError.field("subject", "service.letters.invalid.placeholder.subject",
                    inSubject.get(0).text(),
                    inSubject.size() - 1));
        }
        List<LetterChecker.Placeholder> inText = LetterChecker.placeholders(letter.getText());
        if (!inText.isEmpty()) {
            errors.add(InputError.field("text", "service.letters.invalid.placeholder.text", inText.get(0).text(),
                    inText.get(0).line(), inText.size() - 1));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Whether e-mail can go out at all ({@code spring.mail.host} set). */
    public boolean canSendMail() {
        return mail.configured();
    }

    /** The checker on a saved letter: its review counts once someone else approved it (named as they go by). */
    public LetterCheck check(Letter letter) {
        String reviewer = letter.getStatus() == LetterStatus.DRAFT ? null : people.displayName(letter.getApprovedBy());
        return checker.check(letter.getLanguage(), letter.getText(), reviewer);
    }

    /** The checker on text being typed: not reviewed yet. */
    public LetterCheck check(String language, String text) {
        requireLanguage(language);
        return checker.check(language, text, null);
    }

    private static void requireLanguage(String language) {
        if (language == null || !LetterChecker.LANGUAGES.contains(language)) {
            throw new InvalidInputException(InputError.field("language", "service.letters.invalid.language",
                    String.join(", ", LetterChecker.LANGUAGES)));
        }
    }

    private static void validate(String language, String subject, String text) {
        List<InputError> errors = new ArrayList<>();
        if (language != null && !LetterChecker.LANGUAGES.contains(language)) {
            errors.add(InputError.field("language", "service.letters.invalid.language",
                    String.join(", ", LetterChecker.LANGUAGES)));
        }
        if (subject == null || subject.isBlank()) {
            errors.add(InputError.field("subject", "service.letters.invalid.subject.blank"));
        } else if (subject.strip().length() > Letter.MAX_SUBJECT) {
            errors.add(InputError.field("subject", "service.letters.invalid.tooLong", Letter.MAX_SUBJECT));
        }
        if (text == null || text.isBlank()) {
            errors.add(InputError.field("text", "service.letters.invalid.text.blank"));
        } else if (text.strip().length() > Letter.MAX_TEXT) {
            errors.add(InputError.field("text", "service.letters.invalid.tooLong", Letter.MAX_TEXT));
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
        state.put("sentChannel", letter.getSentChannel());
        state.put("sentBy", letter.getSentBy());
        return state;
    }
}
