package org.clientela.service.internal.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.TextInput;
import org.clientela.platform.UserDirectory;
import org.clientela.service.Resolution;
import org.clientela.service.internal.calendar.BusinessDays;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, changing and resolving cases. The case itself keeps the rules of its life and of its
 * inputs ({@link ServiceCase}) and registers what happened, published when it is saved; here are
 * the use cases around it: who owns it, the customer it is for, the version read, the audit.
 * Every change is audited; changes that need the version a person read refuse to overwrite
 * someone else's change made since (409 in the API, a message on the page).
 *
 * <p>Long because it holds the use cases around one aggregate, {@link ServiceCase}, each of them
 * short: they share who may own a case, the version read and the audit entry, and the case itself
 * keeps the rules.
 */
@Service
public class Cases {

    private static final int TEXT_MAX = ServiceCase.DESCRIPTION_MAX;
    private static final int NOTE_MAX = 1000;

    private final CaseRepository repository;
    private final CustomerDirectory directory;
    private final Routing routing;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final CaseSettings settings;
    private final BusinessSettings shared;
    private final UserDirectory users;
    private final Clock clock;

    Cases(
            UserDirectory users,
            CaseRepository repository,
            CustomerDirectory directory,
            Routing routing,
            AuditLog audit,
            JdbcClient jdbc,
            CaseSettings settings,
            BusinessSettings shared,
            Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.routing = routing;
        this.audit = audit;
        this.jdbc = jdbc;
        this.settings = settings;
        this.shared = shared;
        this.clock = clock;
        this.users = users;
    }

    /** The working-day calendar cases use. */
    public BusinessDays businessDays() {
        return BusinessDays.of(shared);
    }

    /**
     * Opens a case. Its owner is the one named, else the first person of the customer's routing
     * rule, else whoever opens it (nobody when the customer opened it through the web form).
     */
    @Transactional
    public ServiceCase open(CaseCommands.OpenCase command) {
        ServiceCase.checkTexts(command.owner(), command.subject(), command.description());
        ownerIsUser(users, command.owner(), null);
        if (directory.find(command.customerId()).isEmpty()) {
            throw new InvalidInputException(
                    InputError.field("customerId", "service.case.customer.unknown", command.customerId()));
        }
        String actor = AuditLog.currentActor();
        boolean person = !"system".equals(actor) && !"anonymousUser".equals(actor);
        String owner = blankToNull(command.owner());
        if (owner == null) {
            owner = routing.firstFor(command.customerId()).orElse(person ? actor : null);
        }
        if (!person) {
            actor = "web";
        }
        Instant now = clock.instant();
        ServiceCase opened = repository.save(ServiceCase.open(
                nextReference(now),
                command.customerId(),
                command.type(),
                command.channel(),
                command.reason(),
                command.priority(),
                owner,
                command.subject(),
                blankToNull(command.description()),
                settings.updateEveryDays(),
                actor,
                now,
                businessDays()));
        audit.record(
                "CASE_OPENED",
                "service_case",
                opened.getId(),
                opened.getReference() + " " + opened.getSubject(),
                null,
                snapshot(opened));
        return opened;
    }

    /**
     * An owner named is an active user (else an error on {@code owner}); an owner kept as it was
     * ({@code current}) is not asked about again.
     */
    public static void ownerIsUser(UserDirectory users, String owner, String current) {
        String wanted = blankToNull(owner);
        if (wanted != null && !wanted.equals(current) && !users.isActive(wanted)) {
            throw new InvalidInputException(InputError.field("owner", "user.owner.unknown", wanted));
        }
    }

    @Transactional(readOnly = true)
    public ServiceCase get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("case", id));
    }

    /** Changes a case read at {@code expectedVersion}. */
    @Transactional
    public ServiceCase change(long id, long expectedVersion, CaseCommands.ChangeCase change) {
        check(id, change);
        return apply(
                id,
                expectedVersion,
                "CASE_CHANGED",
                c -> c.edit(
                        change.priority(),
                        change.owner(),
                        change.subject(),
                        change.description(),
                        change.reason(),
                        change.updateEveryDays(),
                        clock.instant(),
                        businessDays()));
    }

    /**
     * Changes fields and, when {@code target} is given, moves the case there in one step, all
     * against the version that was read (the API's PATCH).
     */
    @Transactional
    public ServiceCase patch(
            long id,
            long expectedVersion,
            CaseCommands.ChangeCase change,
            CaseStatus target,
            Resolution resolution,
            String explanation) {
        check(id, change);
        TextInput.require("explanation", explanation, TEXT_MAX, true);
        if (target == CaseStatus.RESOLVED && resolution == null) {
            throw new InvalidInputException(InputError.field("resolution", "service.case.resolution.required"));
        }
        return apply(id, expectedVersion, "CASE_CHANGED", c -> {
            Instant now = clock.instant();
            c.edit(
                    change.priority(),
                    change.owner(),
                    change.subject(),
                    change.description(),
                    change.reason(),
                    change.updateEveryDays(),
                    now,
                    businessDays());
            if (target != null) {
                c.moveTo(target, resolution, explanation, settings.minExplanationLength(), now, businessDays());
            }
        });
    }

    /** The rules every change of a case's fields keeps: lengths, an owner who is a user, the cadence's range. */
    private void check(long id, CaseCommands.ChangeCase change) {
        ServiceCase.checkTexts(change.owner(), change.subject(), change.description());
        ownerIsUser(users, change.owner(), get(id).getOwnerUsername());
        ServiceCase.checkCadence(change.updateEveryDays());
    }

    /** Someone takes the case in hand. */
    @Transactional
    public ServiceCase start(long id, long expectedVersion) {
        return apply(id, expectedVersion, "CASE_STARTED", c -> c.start(clock.instant()));
    }

    /** Adds a note; {@link NoteKind#TOLD_CUSTOMER} counts as news for the customer. */
    @Transactional
    public ServiceCase addNote(long id, NoteKind kind, String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(InputError.field("body", "service.case.note.blank"));
        }
        TextInput.require("body", body, TEXT_MAX, true);
        ServiceCase c = get(id);
        return apply(
                id,
                c.getVersion(),
                kind == NoteKind.TOLD_CUSTOMER ? "CASE_CUSTOMER_TOLD" : "CASE_NOTE_ADDED",
                x -> x.addNote(kind, body, AuditLog.currentActor(), clock.instant(), businessDays()));
    }

    /** Records a concession of {@code amount}: something given to put things right. */
    @Transactional
    public ServiceCase addConcession(long id, ConcessionKind kind, BigDecimal amount, String note) {
        if (amount == null || amount.signum() < 0 || amount.compareTo(new BigDecimal("9999999999")) > 0) {
            throw new InvalidInputException(InputError.field("amount", "service.case.concession.amount"));
        }
        TextInput.require("note", note, NOTE_MAX, true);
        ServiceCase c = get(id);
        return apply(
                id,
                c.getVersion(),
                "CASE_CONCESSION",
                x -> x.addConcession(
                        new Concession(
                                kind,
                                amount.setScale(2, java.math.RoundingMode.HALF_UP),
                                blankToNull(note),
                                AuditLog.currentActor(),
                                clock.instant()),
                        clock.instant()));
    }

    /** Resolves a case read at {@code expectedVersion}; against the customer needs an explanation. */
    @Transactional
    public ServiceCase resolve(long id, long expectedVersion, Resolution resolution, String explanation) {
        if (resolution == null) {
            throw new InvalidInputException(InputError.field("resolution", "service.case.resolution.required"));
        }
        TextInput.require("explanation", explanation, TEXT_MAX, true);
        return apply(
                id,
                expectedVersion,
                "CASE_RESOLVED",
                c -> c.resolve(resolution, explanation, settings.minExplanationLength(), clock.instant()));
    }

    @Transactional
    public ServiceCase close(long id, long expectedVersion) {
        return apply(id, expectedVersion, "CASE_CLOSED", c -> c.close(clock.instant()));
    }

    @Transactional
    public ServiceCase reopen(long id, long expectedVersion) {
        return apply(id, expectedVersion, "CASE_REOPENED", c -> c.reopen(clock.instant(), businessDays()));
    }

    private ServiceCase apply(long id, long expectedVersion, String action, Consumer<ServiceCase> change) {
        ServiceCase c = get(id);
        if (c.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Case " + id + " changed since version " + expectedVersion);
        }
        Object before = snapshot(c);
        change.accept(c);
        ServiceCase saved = repository.save(c);
        audit.record(
                action, "service_case", id, saved.getReference() + " " + saved.getSubject(), before, snapshot(saved));
        return saved;
    }

    /** The next case number, in the year of {@code now}: C-2026-000123. */
    String nextReference(Instant now) {
        long next = jdbc.sql("SELECT nextval('service_case_number_seq')")
                .query(Long.class)
                .single();
        int year = now.atZone(clock.getZone()).getYear();
        return "C-%d-%06d".formatted(year, next);
    }

    private static Object snapshot(ServiceCase c) {
        return java.util.Map.of(
                "status",
                c.getStatus(),
                "priority",
                c.getPriority(),
                "owner",
                String.valueOf(c.getOwnerUsername()),
                "subject",
                c.getSubject(),
                "updateEveryDays",
                c.getUpdateEveryDays(),
                "notes",
                c.getNotes().size(),
                "concessions",
                c.concessionTotal());
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
