package org.clientela.service.internal.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.clientela.platform.AuditLog;
import org.clientela.platform.TextInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Put Mr X's calls through to Ana or Luis" — the people a customer's new cases go to. */
@Service
public class Routing {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Routing(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The people named for this customer, in order; empty when there is no rule. */
    @Transactional(readOnly = true)
    public List<String> peopleFor(long customerId) {
        return jdbc.sql("SELECT usernames FROM service_routing_rule WHERE customer_id = :c")
                .param("c", customerId)
                .query(String.class)
                .optional()
                .map(Routing::split)
                .orElse(List.of());
    }

    Optional<String> firstFor(long customerId) {
        return peopleFor(customerId).stream().findFirst();
    }

    /**
     * Names the people (comma- or space-separated usernames, at most ten of at most 64 characters);
     * an empty list removes the rule.
     */
    @Transactional
    public void route(long customerId, String usernames) {
        List<String> people = split(usernames == null ? "" : usernames);
        for (String person : people) {
            TextInput.require("usernames", person, 64, false);
        }
        TextInput.require("usernames", String.join(",", people), 400, false);
        jdbc.sql("DELETE FROM service_routing_rule WHERE customer_id = :c")
                .param("c", customerId)
                .update();
        if (!people.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO service_routing_rule (customer_id, usernames, author, updated_at)
                    VALUES (:c, :u, :a, :t)""")
                    .param("c", customerId)
                    .param("u", String.join(",", people))
                    .param("a", AuditLog.currentActor())
                    .param("t", Timestamp.from(clock.instant()))
                    .update();
        }
        audit.record(
                "CASE_ROUTING_SET",
                "customer",
                customerId,
                String.join(",", people),
                null,
                people,
                people.isEmpty() ? AuditLog.word("audit.nobody") : String.join(", ", people));
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("[,;\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .limit(10)
                .toList();
    }
}
