package org.clientela.service.internal.publicpromises;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.TextInput;
import org.clientela.service.internal.calendar.BusinessHours;
import org.clientela.service.internal.cases.Channel;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of the promises the business makes in public. Managers change it against the
 * version they read (someone else's save in between is refused, not overwritten); every change is
 * audited with the state before and after.
 */
@Service
public class PublicPromises {

    static final int MAX_STATEMENT = 300;
    static final int MAX_AMOUNT = 10_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    PublicPromises(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a manager writes; {@code active} null means active. */
    public record Draft(
            PublicPromiseKind kind,
            String statement,
            Integer targetAmount,
            TargetUnit targetUnit,
            String openingHours,
            Channel channel,
            Set<PublishedIn> publishedIn,
            Boolean active) {}

    private static final String COLUMNS = """
            id, kind, statement, target_amount, target_unit, opening_hours, channel, published_in, active,
            updated_by, updated_at, version""";

    /** Every promise, the active ones first, by kind. */
    @Transactional(readOnly = true)
    public List<PublicPromise> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_public_promise ORDER BY active DESC, kind, id")
                .query(PublicPromises::row)
                .list();
    }

    @Transactional(readOnly = true)
    public PublicPromise get(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_public_promise WHERE id = :id")
                .param("id", id)
                .query(PublicPromises::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("public promise", id));
    }

    @Transactional
    public PublicPromise create(Draft d) {
        check(d);
        String actor = AuditLog.currentActor();
        Map<String, Object> p = params(d, actor);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO service_public_promise (kind, statement, target_amount, target_unit, opening_hours, channel,
                    published_in, active, created_by, created_at, updated_by, updated_at, version)
                VALUES (:kind, :statement, :amount, :unit, :hours, :channel, :published, :active, :actor, :now, :actor,
                    :now, 0)""").params(p).update(keys, "id");
        PublicPromise created = get(keys.getKey().longValue());
        audit.record(
                "PUBLIC_PROMISE_CREATED",
                "public_promise",
                created.id(),
                summary(created),
                null,
                snapshot(created),
                AuditLog.word("service.publicPromise.kind." + created.kind()));
        return created;
    }

    /** Changes the promise read at {@code expectedVersion}; someone's save in between: {@link OptimisticLockingFailureException}. */
    @Transactional
    public PublicPromise update(long id, Long expectedVersion, Draft d) {
        PublicPromise before = get(id);
        if (expectedVersion == null) {
            throw new InvalidInputException(List.of(InputError.field("version", "service.value.required")));
        }
        check(d);
        Map<String, Object> p = params(d, AuditLog.currentActor());
        p.put("id", id);
        p.put("version", expectedVersion);
        int changed = jdbc.sql("""
                UPDATE service_public_promise SET kind = :kind, statement = :statement, target_amount = :amount,
                    target_unit = :unit, opening_hours = :hours, channel = :channel, published_in = :published,
                    active = :active, updated_by = :actor, updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""").params(p).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException(
                    "Public promise " + id + " changed since version " + expectedVersion);
        }
        PublicPromise after = get(id);
        audit.record(
                "PUBLIC_PROMISE_CHANGED",
                "public_promise",
                id,
                summary(after),
                snapshot(before),
                snapshot(after),
                AuditLog.word("service.publicPromise.kind." + after.kind()));
        return after;
    }

    /** The rules of a promise: the target its kind needs, and nothing it cannot be measured by. */
    static void check(Draft d) {
        List<InputError> errors = new ArrayList<>();
        if (d.kind() == null) {
            errors.add(InputError.field("kind", "service.value.required"));
        }
        if (d.statement() == null || d.statement().isBlank()) {
            errors.add(InputError.field("statement", "service.value.required"));
        } else if (d.statement().strip().length() > MAX_STATEMENT) {
            errors.add(InputError.field("statement", "service.value.tooLong", MAX_STATEMENT));
        }
        if (d.kind() != null && d.kind().timed()) {
            if (d.targetAmount() == null) {
                errors.add(InputError.field("targetAmount", "service.value.required"));
            } else if (d.targetAmount() < 1 || d.targetAmount() > MAX_AMOUNT) {
                errors.add(InputError.field("targetAmount", "service.publicPromise.error.amount", MAX_AMOUNT));
            }
            if (d.targetUnit() == null) {
                errors.add(InputError.field("targetUnit", "service.value.required"));
            } else if (d.kind() == PublicPromiseKind.DELIVERY_TIME
                    && !d.targetUnit().inDays()) {
                errors.add(InputError.field("targetUnit", "service.publicPromise.error.deliveryInDays"));
            }
        }
        if (d.kind() == PublicPromiseKind.OPENING_HOURS) {
            String hoursFault = TextInput.fault(d.openingHours(), 100, false);
            if (hoursFault != null) {
                errors.add(InputError.field("openingHours", hoursFault, "openingHours", 100));
            } else if (d.openingHours() == null || d.openingHours().isBlank()) {
                errors.add(InputError.field("openingHours", "service.value.required"));
            } else {
                try {
                    BusinessHours.parse(d.openingHours(), Set.of(), java.time.ZoneOffset.UTC);
                } catch (RuntimeException e) {
                    errors.add(InputError.field(
                            "openingHours", "service.publicPromise.error.openingHours", d.openingHours()));
                }
            }
        }
        if (d.channel() != null && d.kind() != null && d.kind() != PublicPromiseKind.FIRST_RESPONSE) {
            errors.add(InputError.field("channel", "service.publicPromise.error.channel"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private Map<String, Object> params(Draft d, String actor) {
        boolean timed = d.kind().timed();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", d.kind().name());
        p.put("statement", d.statement().strip());
        p.put("amount", timed ? d.targetAmount() : null);
        p.put("unit", timed ? d.targetUnit().name() : null);
        p.put("hours", timed ? null : d.openingHours().strip().toUpperCase(java.util.Locale.ROOT));
        p.put("channel", d.channel() == null ? null : d.channel().name());
        p.put(
                "published",
                d.publishedIn() == null
                        ? ""
                        : d.publishedIn().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        p.put("active", d.active() == null || d.active());
        p.put("actor", actor);
        p.put("now", Timestamp.from(clock.instant()));
        return p;
    }

    private static PublicPromise row(ResultSet rs, int n) throws SQLException {
        String unit = rs.getString("target_unit");
        String channel = rs.getString("channel");
        String published = rs.getString("published_in");
        Set<PublishedIn> places = EnumSet.noneOf(PublishedIn.class);
        if (published != null && !published.isBlank()) {
            Arrays.stream(published.split(",")).map(PublishedIn::valueOf).forEach(places::add);
        }
        return new PublicPromise(
                rs.getLong("id"),
                PublicPromiseKind.valueOf(rs.getString("kind")),
                rs.getString("statement"),
                (Integer) rs.getObject("target_amount", Integer.class),
                unit == null ? null : TargetUnit.valueOf(unit),
                rs.getString("opening_hours"),
                channel == null ? null : Channel.valueOf(channel),
                places,
                rs.getBoolean("active"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    private static String summary(PublicPromise p) {
        return p.kind() + " " + p.statement() + (p.active() ? "" : " (inactive)");
    }

    private static Object snapshot(PublicPromise p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", p.kind());
        s.put("statement", p.statement());
        s.put("targetAmount", p.targetAmount());
        s.put("targetUnit", p.targetUnit());
        s.put("openingHours", p.openingHours());
        s.put("channel", p.channel());
        s.put("publishedIn", p.publishedIn());
        s.put("active", p.active());
        s.put("version", p.version());
        return s;
    }
}
