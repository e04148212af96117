package org.clientela.customers.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.clientela.customers.CustomerId;
import org.clientela.customers.LifecycleStatus;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.TextInput;
import org.clientela.platform.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One change to several customers chosen on the list: a new owner, one more tag, another status.
 * Each customer changed gets its own audit entry (so its history shows it) and a new version (so
 * a form opened on it before is told it changed); customers that already were so are left alone
 * and not counted. The statuses the retention module decides (lost, won back) are not offered:
 * marking a customer lost takes a reason, one by one.
 */
@Service
public class CustomerBulk {

    /** Customers one bulk change takes at most: a few pages of the list. */
    public static final int MAX = 200;

    /** The statuses a person may set on several customers at once. */
    public static final List<LifecycleStatus> SETTABLE =
            List.of(LifecycleStatus.PROSPECT, LifecycleStatus.CUSTOMER, LifecycleStatus.AT_RISK);

    private static final int TAG_MAX = 50;

    private final JdbcClient jdbc;
    private final JdbcLifecycleStatusChanges statuses;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;

    CustomerBulk(
            JdbcClient jdbc, JdbcLifecycleStatusChanges statuses, UserDirectory users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.statuses = statuses;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A customer as the confirmation lists it. */
    public record Chosen(long id, String customerNumber, String name, String owner, LifecycleStatus status) {}

    /** The chosen customers that exist, by name: what the person is asked to confirm. */
    @Transactional(readOnly = true)
    public List<Chosen> chosen(List<Long> ids) {
        List<Long> checked = checked(ids);
        return jdbc.sql("""
                        SELECT id, customer_number, name, owner_username, lifecycle_status FROM customer
                         WHERE id IN (:ids) ORDER BY sort_name, id""")
                .param("ids", checked)
                .query((rs, n) -> new Chosen(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        LifecycleStatus.valueOf(rs.getString(5))))
                .list();
    }

    /** Hands the customers to {@code owner}, who must be an active user; returns how many changed. */
    @Transactional
    public int assignOwner(List<Long> ids, String owner) {
        String username = owner == null ? "" : owner.strip();
        if (username.isEmpty()) {
            throw new InvalidInputException(InputError.field("owner", "customers.bulk.owner.required"));
        }
        if (!users.activeUsernames().contains(username)) {
            throw new InvalidInputException(InputError.field("owner", "customers.bulk.owner.unknown", username));
        }
        int changed = 0;
        for (Chosen c : chosen(ids)) {
            if (username.equals(c.owner())) {
                continue;
            }
            touch("owner_username = :value", c.id(), username);
            audit.record(
                    "CUSTOMER_UPDATED",
                    "customer",
                    c.id(),
                    c.customerNumber() + " " + c.name(),
                    mapOf("owner", c.owner()),
                    mapOf("owner", username));
            changed++;
        }
        return changed;
    }

    /** Adds {@code tag} to the customers that lack it; returns how many changed. */
    @Transactional
    public int addTag(List<Long> ids, String tag) {
        String text = tag == null ? "" : tag.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(InputError.field("tag", "customers.bulk.tag.required"));
        }
        TextInput.require("tag", text, TAG_MAX, false);
        int changed = 0;
        for (Chosen c : chosen(ids)) {
            int added = jdbc.sql("""
                            INSERT INTO customer_tag (customer_id, tag) SELECT :id, :tag WHERE NOT EXISTS
                             (SELECT 1 FROM customer_tag WHERE customer_id = :id AND tag = :tag)""").param("id", c.id()).param("tag", text).update();
            if (added == 0) {
                continue;
            }
            touch(null, c.id(), null);
            audit.record(
                    "CUSTOMER_UPDATED",
                    "customer",
                    c.id(),
                    c.customerNumber() + " " + c.name(),
                    null,
                    Map.of("tagAdded", text));
            changed++;
        }
        return changed;
    }

    /** Moves the customers to {@code status} (one of {@link #SETTABLE}); returns how many changed. */
    @Transactional
    public int changeStatus(List<Long> ids, LifecycleStatus status) {
        if (status == null || !SETTABLE.contains(status)) {
            throw new InvalidInputException(InputError.field("status", "customers.bulk.status.notHere"));
        }
        int changed = 0;
        for (Chosen c : chosen(ids)) {
            if (statuses.change(CustomerId.of(c.id()), status, "bulk change", AuditLog.currentActor())) {
                changed++;
            }
        }
        return changed;
    }

    private void touch(String assignment, long id, String value) {
        var statement = jdbc.sql("UPDATE customer SET " + (assignment == null ? "" : assignment + ", ")
                        + "updated_at = :now, version = version + 1 WHERE id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id);
        if (assignment != null) {
            statement = statement.param("value", value);
        }
        statement.update();
    }

    private static List<Long> checked(List<Long> ids) {
        List<Long> distinct = ids == null
                ? List.of()
                : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            throw new InvalidInputException(InputError.field("ids", "customers.bulk.none"));
        }
        if (distinct.size() > MAX) {
            throw new InvalidInputException(InputError.field("ids", "customers.bulk.tooMany", MAX));
        }
        return distinct;
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        java.util.HashMap<String, Object> map = new java.util.HashMap<>();
        map.put(key, value);
        return map;
    }
}
