package org.clientela.satisfaction.internal.gestures;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Slice;
import org.clientela.platform.TextInput;
import org.clientela.platform.UserDirectory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of surprises and apologies: each gesture entered, checked, with its cost, and read
 * back. What they cost month by month and what they did are {@link GestureFigures}'.
 */
@Service
@Transactional
public class GestureLedger {

    private static final RowMapper<Gesture> GESTURE = (rs, n) -> new Gesture(
            rs.getLong("id"),
            rs.getLong("customer_id"),
            GestureKind.valueOf(rs.getString("kind")),
            rs.getString("type") == null ? null : GestureType.valueOf(rs.getString("type")),
            rs.getString("description"),
            rs.getString("reason"),
            rs.getBigDecimal("cost"),
            (Long) rs.getObject("case_id", Long.class),
            (Long) rs.getObject("order_id", Long.class),
            rs.getString("given_by"),
            rs.getObject("given_on", LocalDate.class),
            rs.getTimestamp("created_at").toInstant());

    private static final String SELECT = """
            SELECT id, customer_id, kind, type, description, reason, cost, case_id, order_id, given_by, given_on,
                   created_at
              FROM satisfaction_gesture""";

    /** A gesture to enter; null type, reason, case, order: not said; null day: today; null giver: whoever enters it. */
    public record NewGesture(
            Long customerId,
            GestureKind kind,
            GestureType type,
            String description,
            String reason,
            BigDecimal cost,
            Long caseId,
            Long orderId,
            String givenBy,
            LocalDate givenOn) {}

    /** The filters and page of the ledger; null filters do not filter. */
    public record GestureQuery(
            GestureKind kind, Long customerId, String givenBy, LocalDate from, LocalDate to, int page, int size) {

        public GestureQuery {
            page = Math.max(0, page);
            size = size <= 0 ? 25 : Math.min(size, 200);
        }
    }

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final UserDirectory users;
    private final BusinessSettings business;
    private final Clock clock;

    GestureLedger(
            JdbcClient jdbc, CustomerDirectory customers, UserDirectory users, BusinessSettings business, Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.users = users;
        this.business = business;
        this.clock = clock;
    }

    /**
     * Enters a gesture.
     *
     * @throws InvalidInputException naming each field that is missing or wrong
     */
    public Gesture give(NewGesture gesture) {
        List<InputError> errors = new ArrayList<>();
        if (gesture.customerId() == null) {
            errors.add(InputError.field("customerId", "satisfaction.value.required"));
        } else if (customers.find(gesture.customerId()).isEmpty()) {
            errors.add(InputError.field(
                    "customerId", "satisfaction.customer.unknown", String.valueOf(gesture.customerId())));
        }
        if (gesture.kind() == null) {
            errors.add(InputError.field("kind", "satisfaction.value.required"));
        } else if (gesture.type() != null && gesture.type().kind() != gesture.kind()) {
            errors.add(InputError.field("type", "satisfaction.gestures.type.otherKind"));
        }
        if (gesture.description() == null || gesture.description().isBlank()) {
            errors.add(InputError.field("description", "satisfaction.value.required"));
        } else {
            TextInput.check(errors, "description", gesture.description(), Gesture.DESCRIPTION_MAX, true);
        }
        if (gesture.reason() != null) {
            TextInput.check(errors, "reason", gesture.reason(), Gesture.REASON_MAX, true);
        }
        checkCost(errors, gesture.cost());
        if (gesture.caseId() != null && gesture.caseId() <= 0) {
            errors.add(InputError.field("caseId", "satisfaction.gestures.id.positive"));
        }
        if (gesture.orderId() != null && gesture.orderId() <= 0) {
            errors.add(InputError.field("orderId", "satisfaction.gestures.id.positive"));
        }
        LocalDate today = today();
        LocalDate day = gesture.givenOn() == null ? today : gesture.givenOn();
        if (day.isAfter(today)) {
            errors.add(InputError.field("givenOn", "satisfaction.gestures.givenOn.future"));
        } else if (day.isBefore(today.minusDays(Gesture.PAST_DAYS_MAX))) {
            errors.add(InputError.field("givenOn", "satisfaction.gestures.givenOn.tooOld", Gesture.PAST_DAYS_MAX));
        }
        String givenBy = blankToNull(gesture.givenBy());
        if (givenBy != null && (givenBy.length() > 64 || !users.isActive(givenBy))) {
            errors.add(InputError.field("givenBy", "user.owner.unknown", givenBy));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String actor = AuditLog.currentActor();
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO satisfaction_gesture (customer_id, kind, type, description, reason, cost, case_id,
                            order_id, given_by, given_on, created_by, created_at)
                        VALUES (:customer, :kind, :type, :description, :reason, :cost, :caseId, :orderId, :givenBy,
                            :givenOn, :by, :now)""")
                .param("customer", gesture.customerId())
                .param("kind", gesture.kind().name())
                .param("type", gesture.type() == null ? null : gesture.type().name())
                .param("description", gesture.description().strip())
                .param("reason", blankToNull(gesture.reason()))
                .param("cost", gesture.cost().setScale(2))
                .param("caseId", gesture.caseId())
                .param("orderId", gesture.orderId())
                .param("givenBy", givenBy == null ? actor : givenBy)
                .param("givenOn", day)
                .param("by", actor)
                .param("now", Timestamp.from(clock.instant()))
                .update(key, "id");
        return get(key.getKey().longValue());
    }

    private static void checkCost(List<InputError> errors, BigDecimal cost) {
        if (cost == null) {
            errors.add(InputError.field("cost", "satisfaction.value.required"));
        } else if (cost.signum() < 0 || cost.compareTo(Gesture.COST_MAX) > 0) {
            errors.add(InputError.field("cost", "satisfaction.gestures.cost.range", Gesture.COST_MAX.toPlainString()));
        } else if (cost.stripTrailingZeros().scale() > 2) {
            errors.add(InputError.field("cost", "satisfaction.gestures.cost.cents"));
        }
    }

    @Transactional(readOnly = true)
    public Optional<Gesture> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(GESTURE)
                .optional();
    }

    @Transactional(readOnly = true)
    public Gesture get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("gesture", id));
    }

    /** One page of the ledger, the latest day first. */
    @Transactional(readOnly = true)
    public Slice<Gesture> search(GestureQuery query) {
        StringBuilder sql = new StringBuilder(SELECT)
                .append(" WHERE ")
                .append(BlockedCustomers.visible("satisfaction_gesture.customer_id"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.kind() != null) {
            sql.append(" AND kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.customerId() != null) {
            sql.append(" AND customer_id = :customer");
            params.put("customer", query.customerId());
        }
        if (query.givenBy() != null && !query.givenBy().isBlank()) {
            sql.append(" AND given_by = :givenBy");
            params.put("givenBy", query.givenBy().strip());
        }
        if (query.from() != null) {
            sql.append(" AND given_on >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            sql.append(" AND given_on <= :to");
            params.put("to", query.to());
        }
        sql.append(" ORDER BY given_on DESC, id DESC LIMIT :limit OFFSET :offset");
        params.put("limit", query.size() + 1);
        params.put("offset", (long) query.page() * query.size());
        return Slice.of(jdbc.sql(sql.toString()).params(params).query(GESTURE).list(), query.page(), query.size());
    }

    /** The customer's latest gestures. */
    @Transactional(readOnly = true)
    public List<Gesture> ofCustomer(long customerId, int limit) {
        return jdbc.sql(SELECT + " WHERE customer_id = :customer ORDER BY given_on DESC, id DESC LIMIT :limit")
                .param("customer", customerId)
                .param("limit", limit)
                .query(GESTURE)
                .list();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(business.timeZone()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
