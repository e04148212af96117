package org.clientela.privacy.internal.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.TextInput;
import org.clientela.platform.UserDirectory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of rights requests: each registered with its one-month due date, then answered,
 * refused with the reason, or extended once. A change carries the version that was read, so of two
 * people answering one request the second is refused. The audit log says what happened to which
 * request, never who asked.
 *
 * <p>Long because registering, answering, refusing and extending are the moves of one register,
 * each checked against the version read, the same due-date rule and the same audit entry.
 */
@Service
@Transactional
public class RightsRequests {

    static final RowMapper<RightsRequest> REQUEST = (rs, n) -> new RightsRequest(
            rs.getLong("id"),
            RequestKind.valueOf(rs.getString("kind")),
            rs.getObject("customer_id", Long.class),
            rs.getString("requester_name"),
            rs.getString("contact"),
            RequestChannel.valueOf(rs.getString("channel")),
            rs.getObject("received_on", LocalDate.class),
            rs.getObject("due_on", LocalDate.class),
            RequestStatus.valueOf(rs.getString("status")),
            rs.getString("handler"),
            rs.getString("details"),
            rs.getString("outcome"),
            rs.getObject("closed_on", LocalDate.class),
            rs.getObject("case_id", Long.class),
            rs.getObject("letter_id", Long.class),
            rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getLong("version"));

    static final String SELECT = """
            SELECT id, kind, customer_id, requester_name, contact, channel, received_on, due_on, status, handler,
                   details, outcome, closed_on, case_id, letter_id, created_by, created_at, version
              FROM privacy_request""";

    /**
     * A request to register; {@code requesterName} may be left out when the customer is known (their
     * name is taken), {@code handler} when whoever registers it answers it.
     */
    public record NewRequest(
            RequestKind kind,
            Long customerId,
            String requesterName,
            String contact,
            RequestChannel channel,
            LocalDate receivedOn,
            String handler,
            String details) {}

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final UserDirectory users;
    private final BusinessSettings business;
    private final AuditLog audit;
    private final Clock clock;

    RightsRequests(
            JdbcClient jdbc,
            CustomerDirectory customers,
            UserDirectory users,
            BusinessSettings business,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.users = users;
        this.business = business;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in the business's time zone: what "due" and "overdue" are measured against. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(business.timeZone()));
    }

    /** Registers a request, due one month after it was received; bad input names the field. */
    public RightsRequest register(NewRequest request) {
        List<InputError> errors = new ArrayList<>();
        if (request.kind() == null) {
            errors.add(InputError.field("kind", "privacy.request.invalid.required"));
        }
        if (request.channel() == null) {
            errors.add(InputError.field("channel", "privacy.request.invalid.required"));
        }
        LocalDate today = today();
        if (request.receivedOn() == null) {
            errors.add(InputError.field("receivedOn", "privacy.request.invalid.required"));
        } else if (request.receivedOn().isAfter(today)) {
            errors.add(InputError.field("receivedOn", "privacy.request.invalid.future"));
        }
        String name = blankToNull(request.requesterName());
        if (request.customerId() != null) {
            var customer = customers.find(request.customerId());
            if (customer.isEmpty()) {
                errors.add(InputError.field("customerId", "privacy.request.invalid.customer", request.customerId()));
            } else if (name == null) {
                name = customer.get().name();
            }
        }
        if (name == null) {
            errors.add(InputError.field("requesterName", "privacy.request.invalid.name"));
        } else {
            TextInput.check(errors, "requesterName", name, RightsRequest.MAX_NAME, false);
        }
        String contact = blankToNull(request.contact());
        TextInput.check(errors, "contact", contact, RightsRequest.MAX_CONTACT, false);
        String details = blankToNull(request.details());
        TextInput.check(errors, "details", details, RightsRequest.MAX_TEXT, true);
        String handler = blankToNull(request.handler());
        if (handler == null) {
            handler = AuditLog.currentActor();
        } else if (!users.isActive(handler)) {
            errors.add(InputError.field("handler", "privacy.request.invalid.handler", handler));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var now = Timestamp.from(clock.instant());
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO privacy_request (kind, customer_id, requester_name, contact, channel, received_on,
                               due_on, status, handler, details, created_by, created_at, updated_at)
                        VALUES (:kind, :customer, :name, :contact, :channel, :received, :due, 'OPEN', :handler,
                               :details, :by, :now, :now)""")
                .param("kind", request.kind().name())
                .param("customer", request.customerId())
                .param("name", name)
                .param("contact", contact)
                .param("channel", request.channel().name())
                .param("received", request.receivedOn())
                .param("due", RightsRequest.dueOn(request.receivedOn()))
                .param("handler", handler)
                .param("details", details)
                .param("by", AuditLog.currentActor())
                .param("now", now)
                .update(key, "id");
        long id = key.getKey().longValue();
        RightsRequest saved = get(id);
        audit.record(
                "PRIVACY_REQUEST_REGISTERED",
                "privacy_request",
                id,
                "Rights request " + id + " (" + saved.kind() + ") registered, due " + saved.dueOn(),
                null,
                null,
                id,
                AuditLog.word("privacy.request.kind." + saved.kind()),
                saved.dueOn().toString());
        return saved;
    }

    @Transactional(readOnly = true)
    public RightsRequest get(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(REQUEST)
                .optional()
                .orElseThrow(() -> new NotFoundException("privacy_request", id));
    }

    /** Records the answer given; the request is closed today. */
    public RightsRequest answer(long id, long version, String answer) {
        return close(id, version, RequestStatus.ANSWERED, answer, "answer", "PRIVACY_REQUEST_ANSWERED");
    }

    /** Refuses the request, with the reason the person is told. */
    public RightsRequest refuse(long id, long version, String reason) {
        return close(id, version, RequestStatus.REFUSED, reason, "reason", "PRIVACY_REQUEST_REFUSED");
    }

    /** Extends the request once by two more months, with the reason the person is told. */
    public RightsRequest extend(long id, long version, String reason) {
        RightsRequest request = get(id);
        String text = requireText("reason", reason);
        move(request, RequestStatus.EXTENDED);
        int changed = jdbc.sql("""
                        UPDATE privacy_request SET status = 'EXTENDED', due_on = :due, outcome = :text,
                               updated_at = :now, version = version + 1
                         WHERE id = :id AND version = :version AND status = 'OPEN'""")
                .param("due", RightsRequest.extendedDueOn(request.receivedOn()))
                .param("text", text)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("version", version)
                .update();
        refusedWhenStale(changed, id);
        RightsRequest after = get(id);
        audit.record(
                "PRIVACY_REQUEST_EXTENDED",
                "privacy_request",
                id,
                "Rights request " + id + " extended to " + after.dueOn(),
                null,
                null,
                id,
                after.dueOn().toString());
        return after;
    }

    private RightsRequest close(long id, long version, RequestStatus to, String text, String field, String action) {
        RightsRequest request = get(id);
        String clean = requireText(field, text);
        move(request, to);
        int changed = jdbc.sql("""
                        UPDATE privacy_request SET status = :to, outcome = :text, closed_on = :today,
                               updated_at = :now, version = version + 1
                         WHERE id = :id AND version = :version AND status IN ('OPEN', 'EXTENDED')""")
                .param("to", to.name())
                .param("text", clean)
                .param("today", today())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("version", version)
                .update();
        refusedWhenStale(changed, id);
        audit.record(
                action,
                "privacy_request",
                id,
                "Rights request " + id + " " + to.name().toLowerCase(java.util.Locale.ROOT),
                null,
                null,
                id,
                AuditLog.word("privacy.request.kind." + request.kind()));
        return get(id);
    }

    /** Notes the reply letter drafted for the request and the case it was drafted on. */
    public void letterDrafted(long id, long caseId, long letterId) {
        jdbc.sql("UPDATE privacy_request SET case_id = :case, letter_id = :letter, updated_at = :now WHERE id = :id")
                .param("case", caseId)
                .param("letter", letterId)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
    }

    private static void move(RightsRequest request, RequestStatus to) {
        if (!request.status().canBecome(to)) {
            throw new RequestStateException(request.status(), to);
        }
    }

    private static void refusedWhenStale(int changed, long id) {
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Rights request " + id + " was changed meanwhile");
        }
    }

    private static String requireText(String field, String text) {
        String clean = blankToNull(text);
        if (clean == null) {
            throw new InvalidInputException(InputError.field(field, "privacy.request.invalid.required"));
        }
        TextInput.require(field, clean, RightsRequest.MAX_TEXT, true);
        return clean;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
