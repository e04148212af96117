package org.clientela.service.internal.letters;

import java.time.Instant;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A reply letter to a customer about a case. It guards the last step of a good reply: it is sent only after
 * somebody other than its author approved it, and any change after the approval needs a new one.
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

    Letter() {
    }

    static Letter draft(long caseId, long customerId, LetterKind template, String language, String subject,
            String text, String author, Instant now) {
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
        refuseWhileSendingOrSent();
        if (Objects.equals(subject, newSubject.strip()) && Objects.equals(text, newText.strip())) {
            return false;
        }
        subject = newSubject.strip();
        text = newText.strip();
        updatedAt = now;
        if (status == LetterStatus.APPROVED) {
            status = LetterStatus.DRAFT;
            approvedBy = null;
            approvedAt = null;
        }
        return true;
    }

    /** The second person's approval: never its author's, and only of a draft. */
    void approve(String approver, Instant now) {
        refuseWhileSendingOrSent();
        if (author.equals(approver)) {
            throw new LetterRefused(LetterRefused.Reason.OWN_LETTER);
        }
        if (status == LetterStatus.APPROVED) {
            throw new LetterRefused(LetterRefused.Reason.ALREADY_APPROVED, approvedBy);
        }
        status = LetterStatus.APPROVED;
        approvedBy = approver;
        approvedAt = now;
        updatedAt = now;
    }

    /** Refuses unless the letter may be sent now. */
    void checkSendable() {
        refuseWhileSendingOrSent();
        if (status != LetterStatus.APPROVED) {
            throw new LetterRefused(LetterRefused.Reason.NOT_APPROVED);
        }
    }

    private void refuseWhileSendingOrSent() {
        if (status == LetterStatus.SENT) {
            throw new LetterRefused(LetterRefused.Reason.ALREADY_SENT);
        }
        if (status == LetterStatus.SENDING) {
            throw new LetterRefused(LetterRefused.Reason.BEING_SENT);
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
        status = LetterStatus.SENT;
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
            status = LetterStatus.APPROVED;
            sendingSince = null;
        }
        lastSendError = error == null ? "?" : error.substring(0, Math.min(error.length(), 1000));
        updatedAt = now;
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
