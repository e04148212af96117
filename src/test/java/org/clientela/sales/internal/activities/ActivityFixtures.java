package org.clientela.sales.internal.activities;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prospects and campaigns for the activity log's tests, written as plain rows (the prospect pages
 * and their rules are another part's), each name carrying a marker so that tests sharing a database
 * find their own.
 */
final class ActivityFixtures {

    final String marker = "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final JdbcClient jdbc;

    ActivityFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long campaign(String name) {
        jdbc.sql("""
                        INSERT INTO sales_campaign (name, strategy, status, starts_on, created_at)
                        VALUES (:name, 'TOP_DOWN', 'ACTIVE', DATE '2025-01-01', :now)""")
                .param("name", name + " " + marker)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return jdbc.sql("SELECT id FROM sales_campaign WHERE name = :name")
                .param("name", name + " " + marker)
                .query(Long.class)
                .single();
    }

    /** A prospect owned by {@code owner}, in {@code campaign} (or none), with an e-mail of its own. */
    long prospect(String name, String owner, Long campaign) {
        return prospect(name, owner, campaign, name.toLowerCase().replace(' ', '.') + "." + marker + "@example.org");
    }

    long prospect(String name, String owner, Long campaign, String email) {
        String full = name + " " + marker;
        jdbc.sql("""
                        INSERT INTO sales_prospect (name, sort_name, email, email_key, phone, address, city,
                            source, owner_username, campaign_id, created_at, updated_at)
                        VALUES (:name, :sort, :email, :emailKey, NULL, 'Calle Mayor 1', 'Teruel',
                            'LIST', :owner, :campaign, :now, :now)""")
                .param("name", full)
                .param("sort", full.toLowerCase())
                .param("email", email)
                .param("emailKey", email == null ? null : email.toLowerCase())
                .param("owner", owner)
                .param("campaign", campaign, java.sql.Types.BIGINT)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return jdbc.sql("SELECT id FROM sales_prospect WHERE name = :name")
                .param("name", full)
                .query(Long.class)
                .single();
    }

    Instant moment(long prospect, String column) {
        Timestamp t = jdbc.sql("SELECT " + column + " FROM sales_prospect WHERE id = :id")
                .param("id", prospect)
                .query((rs, n) -> rs.getTimestamp(1))
                .list()
                .get(0);
        return t == null ? null : t.toInstant();
    }

    Object column(long prospect, String column) {
        return jdbc.sql("SELECT " + column + " FROM sales_prospect WHERE id = :id")
                .param("id", prospect)
                .query((rs, n) -> rs.getObject(1))
                .list()
                .get(0);
    }

    long activities(long prospect) {
        return jdbc.sql("SELECT COUNT(*) FROM sales_activity WHERE prospect_id = :id")
                .param("id", prospect)
                .query(Long.class)
                .single();
    }
}
