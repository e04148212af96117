package org.clientela.service.internal.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientela.customers.CustomerId;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.TextInput;
import org.clientela.service.CaseId;
import org.clientela.service.CaseResolved;
import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;
import org.clientela.service.Resolution;
import org.clientela.service.internal.calendar.BusinessDays;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer's complaint, question or request. It guards its own life: open → in progress →
 * resolved → closed, never resolved twice, and never resolved against the customer without a
 * written explanation. While open it knows when the customer is next due to hear from us.
 *
 * <p>Long because the case keeps its moves ({@link CaseStatus#canBecome}), the
 * limits of its inputs and the events it registers in one place, which is the point of an
 * aggregate; a quarter of the file is the one-line getters its pages and API read.
 */
@Table("service_case")
public class ServiceCase {

    /** The longest owner (a username) a case may name. */
    public static final int OWNER_MAX = 64;
    /** The longest subject a case may have. */
    public static final int SUBJECT_MAX = 200;
    /** The longest description a case may have. */
    public static final int DESCRIPTION_MAX = 4000;
    /** The fewest working days between two updates the customer is owed. */
    public static final int CADENCE_MIN = 1;
    /** The most working days between two updates the customer is owed. */
    public static final int CADENCE_MAX = 60;

    @Id
    private Long id;

    private String reference;
    private long customerId;

    @Column("case_type")
    private CaseType type;

    private Channel channel;
    private ComplaintReason reason;
    private Priority priority;
    private CaseStatus status;
    private String ownerUsername;
    private String subject;
    private String description;
    private int updateEveryDays;
    private Instant lastCustomerUpdateAt;
    private Instant nextUpdateDueAt;
    private Resolution resolution;
    private String resolutionExplanation;
    private Instant openedAt;
    private String openedBy;
    private Instant resolvedAt;
    private Instant updatedAt;

    @Version
    private Long version;

    @MappedCollection(idColumn = "case_id", keyColumn = "position")
    private List<CaseNote> notes = new ArrayList<>();

    @MappedCollection(idColumn = "case_id", keyColumn = "position")
    private List<Concession> concessions = new ArrayList<>();
    /**
     * What happened to this case since it was read, published by the repository when the case is
     * saved (after the save, so that they carry the id the database gave it).
     */
    @Transient
    private final List<java.util.function.Supplier<Object>> events = new ArrayList<>();

    ServiceCase() {}

    /**
     * What is wrong with a subject, if anything: missing (when {@code required}) or longer than
     * {@link #SUBJECT_MAX} once trimmed. Forms and API bodies ask here, so the limit lives once.
     */
    public static Optional<InputError> subjectProblem(String subject, boolean required) {
        if (subject == null || subject.isBlank()) {
            return required ? Optional.of(InputError.field("subject", "service.value.required")) : Optional.empty();
        }
        if (subject.strip().length() > SUBJECT_MAX) {
            return Optional.of(InputError.field("subject", "service.value.tooLong", SUBJECT_MAX));
        }
        return Optional.empty();
    }

    /**
     * The case's texts as their columns hold them, without control characters: refused here
     * rather than by the database.
     */
    static void checkTexts(String owner, String subject, String description) {
        List<InputError> errors = new ArrayList<>();
        TextInput.check(errors, "owner", owner, OWNER_MAX, false);
        TextInput.check(errors, "subject", subject, SUBJECT_MAX, false);
        TextInput.check(errors, "description", description, DESCRIPTION_MAX, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Refuses an update cadence outside {@link #CADENCE_MIN}..{@link #CADENCE_MAX} working days. */
    static void checkCadence(Integer updateEveryDays) {
        if (updateEveryDays != null && (updateEveryDays < CADENCE_MIN || updateEveryDays > CADENCE_MAX)) {
            throw new InvalidInputException(
                    InputError.field("updateEveryDays", "service.case.cadence.range", CADENCE_MIN, CADENCE_MAX));
        }
    }

    static ServiceCase open(
            String reference,
            long customerId,
            CaseType type,
            Channel channel,
            ComplaintReason reason,
            Priority priority,
            String owner,
            String subject,
            String description,
            int updateEveryDays,
            String openedBy,
            Instant now,
            BusinessDays days) {
        ServiceCase c = new ServiceCase();
        c.reference = reference;
        c.customerId = customerId;
        c.type = type;
        c.channel = channel;
        c.reason = type == CaseType.COMPLAINT ? reason : null;
        c.priority = priority == null ? Priority.NORMAL : priority;
        c.status = CaseStatus.OPEN;
        c.ownerUsername = owner;
        c.subject = subject.strip();
        c.description = description;
        c.updateEveryDays = updateEveryDays;
        c.openedAt = now;
        c.openedBy = openedBy;
        c.updatedAt = now;
        c.nextUpdateDueAt = days.nextUpdate(now, updateEveryDays);
        return c;
    }

    /** Changes what a person may edit; the cadence counts from the last update (or the opening). */
    void edit(
            Priority priority,
            String owner,
            String subject,
            String description,
            ComplaintReason reason,
            Integer updateEveryDays,
            Instant now,
            BusinessDays days) {
        if (priority != null) {
            this.priority = priority;
        }
        if (owner != null) {
            this.ownerUsername = owner.isBlank() ? null : owner.strip();
        }
        if (subject != null && !subject.isBlank()) {
            this.subject = subject.strip();
        }
        if (description != null) {
            this.description = description;
        }
        if (reason != null && type == CaseType.COMPLAINT) {
            this.reason = reason;
        }
        if (updateEveryDays != null) {
            this.updateEveryDays = updateEveryDays;
            rescheduleUpdate(days);
        }
        this.updatedAt = now;
    }

    /** Someone starts working on it. */
    void start(Instant now) {
        if (status != CaseStatus.OPEN) {
            throw new CaseStateException(reference, status, CaseStatus.IN_PROGRESS);
        }
        moveTo(CaseStatus.IN_PROGRESS);
        updatedAt = now;
    }

    void addNote(NoteKind kind, String body, String author, Instant now, BusinessDays days) {
        notes.add(new CaseNote(kind, body.strip(), author, now));
        if (kind == NoteKind.TOLD_CUSTOMER) {
            lastCustomerUpdateAt = now;
            rescheduleUpdate(days);
        }
        updatedAt = now;
    }

    void addConcession(Concession concession, Instant now) {
        if (status == CaseStatus.CLOSED) {
            throw new CaseStateException(reference, status, status);
        }
        concessions.add(concession);
        updatedAt = now;
    }

    /**
     * Resolves an open case. A decision against the customer needs an explanation of at least
     * {@code minExplanation} characters: the customer is owed the reasons, not just the "no".
     */
    void resolve(Resolution resolution, String explanation, int minExplanation, Instant now) {
        requireMove(CaseStatus.RESOLVED);
        String text = explanation == null ? "" : explanation.strip();
        if (resolution == Resolution.AGAINST_CUSTOMER && text.length() < minExplanation) {
            throw new ExplanationTooShortException(minExplanation, text.length());
        }
        this.resolution = resolution;
        this.resolutionExplanation = text.isEmpty() ? null : text;
        moveTo(CaseStatus.RESOLVED);
        this.resolvedAt = now;
        this.nextUpdateDueAt = null;
        this.updatedAt = now;
        events.add(() -> new CaseResolved(
                CaseId.of(id), CustomerId.of(customerId), reference, type, resolution, concessionTotal(), now));
    }

    void close(Instant now) {
        moveTo(CaseStatus.CLOSED);
        updatedAt = now;
    }

    /** A resolved case the customer comes back about: open again, cadence restarting now. */
    void reopen(Instant now, BusinessDays days) {
        if (status != CaseStatus.RESOLVED) {
            throw new CaseStateException(reference, status, CaseStatus.IN_PROGRESS);
        }
        moveTo(CaseStatus.IN_PROGRESS);
        resolution = null;
        resolvedAt = null;
        nextUpdateDueAt = days.nextUpdate(now, updateEveryDays);
        updatedAt = now;
    }

    /**
     * Moves the case to {@code target} the way its life allows: in progress is starting an open
     * case or reopening a resolved one; resolving needs its {@code resolution} (and, against the
     * customer, its explanation). Asking for the status it already has changes nothing while the
     * case is open and is refused once it is done.
     */
    void moveTo(
            CaseStatus target,
            Resolution resolution,
            String explanation,
            int minExplanation,
            Instant now,
            BusinessDays days) {
        if (target == status) {
            if (!status.isOpen()) {
                throw new CaseStateException(reference, status, target);
            }
            return;
        }
        requireMove(target);
        switch (target) {
            case IN_PROGRESS -> {
                if (status == CaseStatus.RESOLVED) {
                    reopen(now, days);
                } else {
                    start(now);
                }
            }
            case RESOLVED -> resolve(resolution, explanation, minExplanation, now);
            case CLOSED -> close(now);
            case OPEN -> throw new CaseStateException(reference, status, target);
        }
    }

    private void requireMove(CaseStatus next) {
        if (!status.canBecome(next)) {
            throw new CaseStateException(reference, status, next);
        }
    }

    private void moveTo(CaseStatus next) {
        requireMove(next);
        status = next;
    }

    @DomainEvents
    List<Object> domainEvents() {
        return events.stream().map(java.util.function.Supplier::get).toList();
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
    }

    private void rescheduleUpdate(BusinessDays days) {
        if (status.isOpen()) {
            Instant from = lastCustomerUpdateAt == null ? openedAt : lastCustomerUpdateAt;
            nextUpdateDueAt = days.nextUpdate(from, updateEveryDays);
        }
    }

    /** The value of all concessions on this case. */
    public BigDecimal concessionTotal() {
        return concessions.stream().map(Concession::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the customer is overdue for news at {@code now}. */
    public boolean isUpdateOverdue(Instant now) {
        return status.isOpen() && nextUpdateDueAt != null && !nextUpdateDueAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public long getCustomerId() {
        return customerId;
    }

    public CaseType getType() {
        return type;
    }

    public Channel getChannel() {
        return channel;
    }

    public ComplaintReason getReason() {
        return reason;
    }

    public Priority getPriority() {
        return priority;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public int getUpdateEveryDays() {
        return updateEveryDays;
    }

    public Instant getLastCustomerUpdateAt() {
        return lastCustomerUpdateAt;
    }

    public Instant getNextUpdateDueAt() {
        return nextUpdateDueAt;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public String getResolutionExplanation() {
        return resolutionExplanation;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getVersion() {
        return version;
    }

    public List<CaseNote> getNotes() {
        return List.copyOf(notes);
    }

    public List<Concession> getConcessions() {
        return List.copyOf(concessions);
    }
}
