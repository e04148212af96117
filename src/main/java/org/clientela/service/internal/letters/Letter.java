package org.clientela.service.internal.letters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A reply letter to a customer about a case, guarding the last step of a good reply: it is sent only
 * after somebody other than its author approved it, and any change after the approval needs a new
 * one; its moves are those {@link LetterStatus#canBecome} allows. Sending claims it in the database
 * first ({@link LetterRepository}), where two requests racing for one letter are told apart.
 *
 * <p>Long because it is an aggregate: its moves, the limits of its words and the checks before
 * sending stay in one place; a quarter of the file is the one-line getters its pages and API read.
 */
@Table("service_letter")
public class Letter {

    /** The longest subject a letter may have. */
    public static final int MAX_SUBJECT = 200;
    /** The longest text a letter may have. */
    public static final int MAX_TEXT = 20_000;

    @Id
    private Long id;

    private long caseId;
    private long customerId;
    private LetterKind template;
    private String language;
    private String subject;

    @Column("body")
    private String text;

    private String author;
    private LetterStatus status;
    private String approvedBy;
    private Instant approvedAt;
    private Instant sentAt;
    private String sentTo;
    private LetterChannel sentChannel;
    private String sentBy;
    private String lastSendError;
    private Instant sendingSince;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    Letter() {}

    /**
     * Refuses words a letter cannot have: a language we write in (when given), a subject and a text
     * that are there and within {@link #MAX_SUBJECT} and {@link #MAX_TEXT} once trimmed.
     */
    static void checkWords(String language, String subject, String text) {
        List<InputError> errors = new ArrayList<>();
        if (language != null && !LetterChecker.LANGUAGES.contains(language)) {
            errors.add(InputError.field(
                    "language", "service.letters.invalid.language", String.join(", ", LetterChecker.LANGUAGES)));
        }
        if (subject == null || subject.isBlank()) {
            errors.add(InputError.field("subject", "service.letters.invalid.subject.blank"));
        } else if (subject.strip().length() > MAX_SUBJECT) {
            errors.add(InputError.field("subject", "service.letters.invalid.tooLong", MAX_SUBJECT));
        }
        if (text == null || text.isBlank()) {
            errors.add(InputError.field("text", "service.letters.invalid.text.blank"));
        } else if (text.strip().length() > MAX_TEXT) {
            errors.add(InputError.field("text", "service.letters.invalid.tooLong", MAX_TEXT));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static Letter draft(
            long caseId,
            long customerId,
            LetterKind template,
            String language,
            String subject,
            String text,
            String author,
            Instant now) {
        Letter letter = new Letter();
        letter.caseId = caseId;
        letter.customerId = customerId;
        letter.template = template;
        letter.language = language;
        letter.subject = subject.strip();
        letter.text = text.strip();
        letter.author = author;
        letter.status = LetterStatus.DRAFT;
        letter.createdAt = now;
        letter.updatedAt = now;
        return letter;
    }

    /**
     * New words. A change to an approved letter takes the approval away: the second person approved
     * other words. A sent letter cannot change.
     *
     * @return whether anything changed
     */
    boolean edit(String newSubject, String newText, Instant now) {
        if (!status.editable()) {
            throw new LetterStateException(id, status, LetterStatus.DRAFT);
        }
        if (Objects.equals(subject, newSubject.strip()) && Objects.equals(text, newText.strip())) {
            return false;
        }
        subject = newSubject.strip();
        text = newText.strip();
        updatedAt = now;
        if (status == LetterStatus.APPROVED) {
            moveTo(LetterStatus.DRAFT);
            approvedBy = null;
            approvedAt = null;
        }
        return true;
    }

    /** The second person's approval: never its author's, and only of a draft. */
    void approve(String approver, Instant now) {
        if (!status.editable()) {
            throw new LetterStateException(id, status, LetterStatus.APPROVED);
        }
        if (author.equals(approver)) {
            throw new LetterRefused(LetterRefused.Reason.OWN_LETTER);
        }
        moveTo(LetterStatus.APPROVED);
        approvedBy = approver;
        approvedAt = now;
        updatedAt = now;
    }

    /**
     * Refuses a letter that still holds a spot in square brackets for the writer, naming the first
     * one and its line (the checker's {@link LetterStep#FILLED_IN}).
     */
    void requireFilledIn() {
        List<InputError> errors = new ArrayList<>();
        List<LetterChecker.Placeholder> inSubject = LetterChecker.placeholders(subject);
        if (!inSubject.isEmpty()) {
            errors.add(InputError.field(
                    "subject",
                    "service.letters.invalid.placeholder.subject",
                    inSubject.get(0).text(),
                    inSubject.size() - 1));
        }
        List<LetterChecker.Placeholder> inText = LetterChecker.placeholders(text);
        if (!inText.isEmpty()) {
            errors.add(InputError.field(
                    "text",
                    "service.letters.invalid.placeholder.text",
                    inText.get(0).text(),
                    inText.get(0).line(),
                    inText.size() - 1));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Refuses unless the letter may be sent now. */
    void checkSendable() {
        if (!status.canBecome(LetterStatus.SENDING)) {
            throw new LetterStateException(id, status, LetterStatus.SENDING);
        }
    }

    /**
     * The SMTP server took it. Only the request that claimed the letter (APPROVED → SENDING in the
     * database, see {@link LetterRepository#claimForSending}) gets here.
     */
    void sent(String to, String by, Instant now) {
        if (status != LetterStatus.SENDING) {
            throw new IllegalStateException("letter " + id + " is " + status + ", not SENDING");
        }
        moveTo(LetterStatus.SENT);
        sentTo = to;
        sentChannel = LetterChannel.EMAIL;
        sentBy = by;
        sentAt = now;
        sendingSince = null;
        lastSendError = null;
        updatedAt = now;
    }

    /** The SMTP server refused: the letter is approved again and says why. */
    void sendFailed(String error, Instant now) {
        if (status == LetterStatus.SENDING) {
            moveTo(LetterStatus.APPROVED);
            sendingSince = null;
        }
        lastSendError = error == null ? "?" : error.substring(0, Math.min(error.length(), 1000));
        updatedAt = now;
    }

    private void moveTo(LetterStatus next) {
        if (!status.canBecome(next)) {
            throw new LetterStateException(id, status, next, status == LetterStatus.APPROVED ? approvedBy : null);
        }
        status = next;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public LetterKind getTemplate() {
        return template;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public LetterStatus getStatus() {
        return status;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentTo() {
        return sentTo;
    }
    /** How it went out: by e-mail or by post; {@code null} until it is sent. */
    public LetterChannel getSentChannel() {
        return sentChannel;
    }
    /** Who sent it (the username of whoever pressed send or printed it first). */
    public String getSentBy() {
        return sentBy;
    }

    public String getLastSendError() {
        return lastSendError;
    }

    public Instant getSendingSince() {
        return sendingSince;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getVersion() {
        return version;
    }
}
