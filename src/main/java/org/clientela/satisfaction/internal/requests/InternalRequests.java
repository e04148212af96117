package org.clientela.satisfaction.internal.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.StateConflict;
import org.clientela.platform.TextInput;
import org.clientela.satisfaction.internal.surveys.AnsweredSurvey;
import org.clientela.satisfaction.internal.surveys.SurveyKind;
import org.clientela.satisfaction.internal.surveys.SurveyLedger;
import org.clientela.satisfaction.internal.surveys.SurveyMode;
import org.clientela.service.CaseType;
import org.clientela.service.PromiseKind;
import org.clientela.service.PromiseParty;
import org.clientela.service.Promises;
import org.clientela.service.ResponseClocks;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal requests from asking to rating. The serving department answers and closes (the clocks of
 * the response-targets page run from the asking, in opening hours), may promise a date in the
 * promise ledger, and on closing the requester — and only the requester, never someone of the
 * serving department — rates the service in the survey ledger. Every change is checked against the
 * version read, and the guarded UPDATE keeps the status rule when two people act at once. The lists
 * of requests are {@link InternalRequestList}'s.
 *
 * <p>Long because asking, answering, closing, withdrawing, promising and rating are the moves of
 * one request, each checked against who serves it, its status rule and the version read; its lists
 * are already {@link InternalRequestList}'s.
 */
@Service
public class InternalRequests {

    private final JdbcClient jdbc;
    private final RequestRows rows;
    private final Departments departments;
    private final ResponseClocks clocks;
    private final Promises promises;
    private final SurveyLedger surveys;
    private final CustomerDirectory customers;
    private final Clock clock;

    InternalRequests(
            JdbcClient jdbc,
            RequestRows rows,
            Departments departments,
            ResponseClocks clocks,
            Promises promises,
            SurveyLedger surveys,
            CustomerDirectory customers,
            Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.departments = departments;
        this.clocks = clocks;
        this.promises = promises;
        this.surveys = surveys;
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * Asks {@code request.toDepartment()} on behalf of the asker's department, with the due moments
     * of the targets set for its type and priority.
     *
     * @throws InvalidInputException naming the field, also when the asker belongs to no department,
     *                               or asks their own or one nobody belongs to
     */
    @Transactional
    public InternalRequest ask(NewInternalRequest request, Colleague who) {
        if (!who.writes()) {
            throw new AccessDeniedException("Viewers read internal requests");
        }
        List<InputError> errors = new ArrayList<>(request.problems());
        String from = departments.of(who.username()).orElse(null);
        String to =
                request.toDepartment() == null ? null : request.toDepartment().strip();
        if (from == null) {
            errors.add(InputError.field("toDepartment", "satisfaction.internal.noDepartment"));
        } else if (to != null && !to.isEmpty()) {
            if (to.equals(from)) {
                errors.add(InputError.field("toDepartment", "satisfaction.internal.toDepartment.own"));
            } else if (!departments.all().contains(to)) {
                errors.add(InputError.field("toDepartment", "satisfaction.internal.toDepartment.unknown"));
            }
        }
        if (request.customerId() != null && customers.find(request.customerId()).isEmpty()) {
            errors.add(InputError.field("customerId", "satisfaction.internal.customer.unknown"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CaseType type = NewInternalRequest.parse(CaseType.class, request.type());
        RequestPriority priority = NewInternalRequest.parse(RequestPriority.class, request.priority());
        Instant now = clock.instant();
        Optional<ResponseClocks.Targets> targets = clocks.targetsFor(type, priority.name());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("from", from);
        p.put("to", to);
        p.put("requester", who.username());
        p.put("type", type.name());
        p.put("priority", priority.name());
        p.put("subject", request.subject().strip());
        p.put("description", blankToNull(request.description()));
        p.put("affected", request.customerAffected());
        p.put("customer", request.customerId());
        p.put("now", Timestamp.from(now));
        p.put(
                "firstDue",
                targets.map(t -> Timestamp.from(clocks.afterOpeningHours(now, t.firstResponseHours())))
                        .orElse(null));
        p.put(
                "resolutionDue",
                targets.map(t -> Timestamp.from(clocks.afterOpeningHours(now, t.resolutionHours())))
                        .orElse(null));
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO satisfaction_internal_request (from_department, to_department, requester,
                            request_type, priority, subject, description, customer_affected, customer_id, status,
                            created_at, first_response_due, resolution_due, version)
                        VALUES (:from, :to, :requester, :type, :priority, :subject, :description, :affected,
                            :customer, 'OPEN', :now, :firstDue, :resolutionDue, 0)""").params(p).update(key, "id");
        return rows.find(key.getKey().longValue()).orElseThrow();
    }

    /** A request the person may read: theirs, their department's (asking or serving), or any for those who see all. */
    @Transactional(readOnly = true)
    public InternalRequest find(long id, Colleague who) {
        InternalRequest request = rows.find(id).orElseThrow(() -> new NotFoundException("internal request", id));
        if (!mayRead(request, who)) {
            throw new AccessDeniedException("Internal request " + id + " is another department's");
        }
        return request;
    }

    @Transactional(readOnly = true)
    public List<RequestMessage> messages(long id, Colleague who) {
        find(id, who);
        return rows.messages(id);
    }

    /** Whether {@code who} serves {@code request}: belongs to the department asked. */
    public boolean serves(InternalRequest request, Colleague who) {
        return departments
                .of(who.username())
                .map(request.toDepartment()::equals)
                .orElse(false);
    }

    /** Whether {@code who} may rate {@code request} now: its requester, not of the serving department. */
    public boolean mayRate(InternalRequest request, Colleague who) {
        return request.awaitsRating() && who.username().equals(request.requester()) && !serves(request, who);
    }

    /**
     * The serving department answers: the first answer stops the first-response clock and puts the
     * request in progress.
     */
    @Transactional
    public InternalRequest answer(long id, long version, String text, Colleague who) {
        InternalRequest request = find(id, who);
        requireServing(request, who);
        String body = requireText("text", text);
        if (!request.status().isOpen()) {
            throw new InternalRequestStateException(id, request.status(), RequestStatus.IN_PROGRESS);
        }
        Instant now = clock.instant();
        int changed = jdbc.sql("""
                        UPDATE satisfaction_internal_request SET status = 'IN_PROGRESS',
                            first_response_at = COALESCE(first_response_at, :now),
                            first_response_by = COALESCE(first_response_by, :me),
                            first_response_minutes = COALESCE(first_response_minutes, :minutes),
                            version = version + 1
                        WHERE id = :id AND version = :version AND status IN ('OPEN', 'IN_PROGRESS')""")
                .param("now", Timestamp.from(now))
                .param("me", who.username())
                .param("minutes", minutes(request.createdAt(), now))
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw refused(id, version, RequestStatus.IN_PROGRESS);
        }
        write(request, who, RequestMessage.Kind.ANSWER, body, now);
        return rows.find(id).orElseThrow();
    }

    /**
     * The serving department closes it, with closing words or none; closing an unanswered request
     * answers it as well. A promise still pending on it is kept.
     */
    @Transactional
    public InternalRequest close(long id, long version, String text, Colleague who) {
        InternalRequest request = find(id, who);
        requireServing(request, who);
        String body = blankToNull(text);
        if (body != null) {
            TextInput.require("text", body, RequestMessage.BODY_MAX, true);
        }
        if (!request.status().canBecome(RequestStatus.CLOSED)) {
            throw new InternalRequestStateException(id, request.status(), RequestStatus.CLOSED);
        }
        Instant now = clock.instant();
        int minutes = minutes(request.createdAt(), now);
        int changed = jdbc.sql("""
                        UPDATE satisfaction_internal_request SET status = 'CLOSED', closed_at = :now, closed_by = :me,
                            resolution_minutes = :minutes,
                            first_response_at = COALESCE(first_response_at, :now),
                            first_response_by = COALESCE(first_response_by, :me),
                            first_response_minutes = COALESCE(first_response_minutes, :minutes),
                            version = version + 1
                        WHERE id = :id AND version = :version AND status IN (:from)""")
                .param("now", Timestamp.from(now))
                .param("me", who.username())
                .param("minutes", minutes)
                .param("id", id)
                .param("version", version)
                .param("from", names(RequestStatus.before(RequestStatus.CLOSED)))
                .update();
        if (changed == 0) {
            throw refused(id, version, RequestStatus.CLOSED);
        }
        if (body != null) {
            write(request, who, RequestMessage.Kind.CLOSING, body, now);
        }
        if (request.promiseId() != null) {
            try {
                promises.keep(request.promiseId());
            } catch (StateConflict brokenOrKeptAlready) {
                // A promise already broken stays broken: closing late does not mend it.
            }
        }
        return rows.find(id).orElseThrow();
    }

    /** The requester (or a manager) withdraws it; a pending promise on it leaves the ledger uncounted. */
    @Transactional
    public InternalRequest cancel(long id, long version, Colleague who) {
        InternalRequest request = find(id, who);
        if (!who.username().equals(request.requester()) && !who.manages()) {
            throw new AccessDeniedException("Only the requester withdraws internal request " + id);
        }
        if (!request.status().canBecome(RequestStatus.CANCELLED)) {
            throw new InternalRequestStateException(id, request.status(), RequestStatus.CANCELLED);
        }
        int changed = jdbc.sql("""
                        UPDATE satisfaction_internal_request SET status = 'CANCELLED', version = version + 1
                        WHERE id = :id AND version = :version AND status IN (:from)""")
                .param("id", id)
                .param("version", version)
                .param("from", names(RequestStatus.before(RequestStatus.CANCELLED)))
                .update();
        if (changed == 0) {
            throw refused(id, version, RequestStatus.CANCELLED);
        }
        promises.cancelFor(party(request));
        return rows.find(id).orElseThrow();
    }

    /**
     * Someone of the serving department promises news by {@code dueAt}: the promise enters the
     * ledger (their day, kept or broken like any other) and is kept when the request is closed.
     */
    @Transactional
    public InternalRequest promise(long id, long version, Instant dueAt, String description, Colleague who) {
        InternalRequest request = find(id, who);
        requireServing(request, who);
        if (dueAt == null) {
            throw new InvalidInputException(InputError.field("dueAt", "satisfaction.internal.promise.dueAt.required"));
        }
        if (!dueAt.isAfter(clock.instant())) {
            throw new InvalidInputException(InputError.field("dueAt", "satisfaction.internal.promise.dueAt.past"));
        }
        String words = requireText("description", description);
        if (!request.status().isOpen()) {
            throw new InternalRequestStateException(id, request.status(), RequestStatus.IN_PROGRESS);
        }
        long promiseId = promises.make(party(request), PromiseKind.UPDATE, dueAt, words, who.username());
        int changed = jdbc.sql("""
                        UPDATE satisfaction_internal_request SET promise_id = :promise, version = version + 1
                        WHERE id = :id AND version = :version AND status IN ('OPEN', 'IN_PROGRESS')""")
                .param("promise", promiseId)
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw refused(id, version, RequestStatus.IN_PROGRESS);
        }
        return rows.find(id).orElseThrow();
    }

    /**
     * The requester rates the service of a closed request (CSAT 1-5), once; the answer goes to the
     * survey ledger, credited to whoever closed it. Nobody of the serving department rates it, not
     * even a requester who has moved there since.
     *
     * @return the survey's id in the ledger
     */
    @Transactional
    public long rate(long id, Integer score, String comment, String language, Colleague who) {
        InternalRequest request = find(id, who);
        if (!who.username().equals(request.requester())) {
            throw new AccessDeniedException("Only the requester rates internal request " + id);
        }
        if (serves(request, who)) {
            throw new AccessDeniedException("A department does not rate its own service");
        }
        if (score == null) {
            throw new InvalidInputException(InputError.field("score", "satisfaction.internal.rating.required"));
        }
        if (request.status() != RequestStatus.CLOSED) {
            throw new RatingRefusedException(id, RatingRefusedException.Reason.NOT_CLOSED);
        }
        int changed = jdbc.sql("""
                        UPDATE satisfaction_internal_request SET rated_at = :now
                        WHERE id = :id AND status = 'CLOSED' AND rated_at IS NULL""")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        if (changed == 0) {
            throw new RatingRefusedException(id, RatingRefusedException.Reason.ALREADY_RATED);
        }
        return surveys.recordAnswered(new AnsweredSurvey(
                SurveyKind.CSAT,
                SurveyMode.LINK,
                null,
                who.username(),
                null,
                null,
                id,
                request.closedBy(),
                null,
                language,
                null,
                score,
                blankToNull(comment)));
    }

    /** The party of the promises made on a request: it is nobody's customer, so an outside party of ours. */
    static PromiseParty party(InternalRequest request) {
        String name = "#" + request.id() + " " + request.fromDepartment() + " → " + request.toDepartment() + ": "
                + request.subject();
        return PromiseParty.outside(
                "satisfaction",
                String.valueOf(request.id()),
                name.length() > PromiseParty.NAME_MAX ? name.substring(0, PromiseParty.NAME_MAX) : name,
                "/satisfaction/internal/" + request.id());
    }

    private boolean mayRead(InternalRequest request, Colleague who) {
        if (who.seesAll() || who.username().equals(request.requester())) {
            return true;
        }
        String mine = departments.of(who.username()).orElse(null);
        return mine != null && (mine.equals(request.fromDepartment()) || mine.equals(request.toDepartment()));
    }

    private void requireServing(InternalRequest request, Colleague who) {
        if (!who.writes() || !serves(request, who)) {
            throw new AccessDeniedException(
                    "Only " + request.toDepartment() + " answers internal request " + request.id());
        }
    }

    private RuntimeException refused(long id, long version, RequestStatus to) {
        InternalRequest now = rows.find(id).orElseThrow(() -> new NotFoundException("internal request", id));
        if (now.version() != version) {
            return new OptimisticLockingFailureException("Internal request " + id + " changed since " + version);
        }
        return new InternalRequestStateException(id, now.status(), to);
    }

    private void write(InternalRequest request, Colleague who, RequestMessage.Kind kind, String body, Instant at) {
        jdbc.sql("""
                        INSERT INTO satisfaction_internal_message (request_id, author, department, kind, body, written_at)
                        VALUES (:request, :author, :department, :kind, :body, :at)""")
                .param("request", request.id())
                .param("author", who.username())
                .param("department", departments.of(who.username()).orElse(null))
                .param("kind", kind.name())
                .param("body", body)
                .param("at", Timestamp.from(at))
                .update();
    }

    private int minutes(Instant from, Instant to) {
        return (int) clocks.openingTimeBetween(from, to).toMinutes();
    }

    private static String requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(InputError.field(field, "satisfaction.internal.text.required"));
        }
        TextInput.require(field, text, RequestMessage.BODY_MAX, true);
        return text.strip();
    }

    private static List<String> names(java.util.Set<RequestStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
