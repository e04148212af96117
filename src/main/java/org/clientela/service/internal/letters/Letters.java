package org.clientela.service.internal.letters;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reply letters from draft to customer: written on a case (from a template or from scratch), checked,
 * approved by a second person, sent by e-mail or by post ({@link LetterDelivery}). Every change is in
 * the audit log.
 *
 * <p>Long because it is a letter's life from draft to sent (write, edit, check, approve, send,
 * print) around one aggregate, {@link Letter}, which keeps the rules; each use case is short and
 * they share the audit and the version read.
 */
@Service
public class Letters {

    private final LetterRepository letters;
    private final CaseFacts cases;
    private final CustomerDirectory customers;
    private final LetterTemplates templates;
    private final LetterMail mail;
    private final LetterDelivery delivery;
    private final BusinessSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final UserProfiles people;
    private final MessageSource messages;
    private final LetterChecker checker = new LetterChecker();

    Letters(
            LetterRepository letters,
            CaseFacts cases,
            CustomerDirectory customers,
            LetterTemplates templates,
            LetterMail mail,
            LetterDelivery delivery,
            BusinessSettings settings,
            AuditLog audit,
            Clock clock,
            UserProfiles people,
            MessageSource messages) {
        this.letters = letters;
        this.cases = cases;
        this.customers = customers;
        this.templates = templates;
        this.mail = mail;
        this.delivery = delivery;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.people = people;
        this.messages = messages;
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
        String customerName = customers
                .find(fact.customerId())
                .map(CustomerDirectory.CustomerRef::name)
                .orElse("");
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
    public Letter draft(long caseId, LetterKind template, String language, String subject, String text, String author) {
        Letter.checkWords(language, subject, text);
        CaseFact fact = caseOf(caseId);
        Letter letter = letters.save(
                Letter.draft(caseId, fact.customerId(), template, language, subject, text, author, clock.instant()));
        audit.record(
                "LETTER_DRAFTED",
                "letter",
                letter.getId(),
                "Letter \"" + letter.getSubject() + "\" on case " + fact.reference(),
                null,
                state(letter),
                letter.getSubject(),
                fact.reference());
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
        Letter.checkWords(null, subject, text);
        Letter letter = find(id);
        if (expectedVersion != null && !expectedVersion.equals(letter.getVersion())) {
            throw new OptimisticLockingFailureException("letter " + id + " changed since version " + expectedVersion);
        }
        Map<String, Object> before = state(letter);
        if (letter.edit(subject, text, clock.instant())) {
            letter = letters.save(letter);
            audit.record(
                    "LETTER_EDITED",
                    "letter",
                    id,
                    "Letter \"" + letter.getSubject() + "\" edited",
                    before,
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
        letter.requireFilledIn();
        letter = letters.save(letter);
        audit.record(
                "LETTER_APPROVED",
                "letter",
                id,
                "Letter \"" + letter.getSubject() + "\" approved by " + approver,
                null,
                state(letter),
                letter.getSubject());
        return letter;
    }

    /**
     * Sends an approved letter to the customer's e-mail, exactly once however many requests ask at
     * the same moment; see {@link LetterDelivery#send}.
     *
     * @param by who sends it
     */
    public Letter send(long id, String by) {
        return delivery.send(id, by);
    }

    /** A print of a letter: the PDF file and which mark it carries. */
    public record Printed(Letter letter, LetterPdf.Mark mark, byte[] pdf) {}

    /** Prints a letter; its first print, of an approved letter, sends it by post (see {@link LetterDelivery#print}). */
    public Printed print(long id, String by) {
        return delivery.print(id, by);
    }

    /** The letter as a PDF file to look at, changing nothing (see {@link LetterDelivery#preview}). */
    public Printed preview(long id) {
        return delivery.preview(id);
    }

    /** One line of a letter's history: what happened, who did it (the name they go by), when. */
    public record HistoryEntry(Instant at, String action, String actor, String actorName) {}

    /** The audit actions a letter's history tells, each with its words {@code service.letters.history.<action>}. */
    public static final List<String> HISTORY_ACTIONS = List.of(
            "LETTER_DRAFTED",
            "LETTER_EDITED",
            "LETTER_APPROVED",
            "LETTER_SENT",
            "LETTER_SEND_FAILED",
            "LETTER_SENT_BY_POST",
            "LETTER_COPY_PRINTED");

    /** What happened to a letter, newest first, from the audit log (a letter has a handful of entries). */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        Map<String, String> names = new HashMap<>();
        return audit.history("letter", id, 100).stream()
                .filter(e -> HISTORY_ACTIONS.contains(e.action()))
                .map(e -> new HistoryEntry(
                        e.at(), e.action(), e.actor(), names.computeIfAbsent(e.actor(), people::displayName)))
                .toList();
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
            throw new InvalidInputException(InputError.field(
                    "language", "service.letters.invalid.language", String.join(", ", LetterChecker.LANGUAGES)));
        }
    }

    static Map<String, Object> state(Letter letter) {
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
