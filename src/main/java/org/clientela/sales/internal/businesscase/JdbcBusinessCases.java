package org.clientela.sales.internal.businesscase;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Business cases and their flows in {@code sales_business_case} and {@code sales_business_case_flow}. */
@Repository
class JdbcBusinessCases {

    /** The prospect a case may belong to: its name for the page and its owner for who may see it. */
    record ProspectRef(long id, String name, String owner) {}

    /** The proposal a case may belong to, and its prospect. */
    record ActivityRef(long id, long prospectId, String kind) {}

    private final JdbcClient jdbc;

    JdbcBusinessCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(BusinessCase c) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO sales_business_case (title, prospect_id, activity_id, periods_per_year,
                            annual_discount_rate, notes, created_at, created_by)
                        VALUES (:title, :prospect, :activity, :periods, :rate, :notes, :at, :by)""")
                .param("title", c.title())
                .param("prospect", c.prospectId())
                .param("activity", c.activityId())
                .param("periods", c.cashFlows().periodsPerYear())
                .param("rate", BigDecimal.valueOf(c.cashFlows().annualDiscountRate()))
                .param("notes", c.notes())
                .param("at", Timestamp.from(c.createdAt()))
                .param("by", c.createdBy())
                .update(key, "id");
        long id = key.getKey().longValue();
        List<Double> flows = c.cashFlows().flows();
        for (int t = 0; t < flows.size(); t++) {
            jdbc.sql(
                            "INSERT INTO sales_business_case_flow (business_case_id, period, amount) VALUES (:id, :t, :amount)")
                    .param("id", id)
                    .param("t", t)
                    .param("amount", BigDecimal.valueOf(flows.get(t)))
                    .update();
        }
        return id;
    }

    Optional<BusinessCase> find(long id) {
        List<Double> flows = jdbc.sql(
                        "SELECT amount FROM sales_business_case_flow WHERE business_case_id = :id ORDER BY period")
                .param("id", id)
                .query((rs, n) -> rs.getBigDecimal(1).doubleValue())
                .list();
        return jdbc.sql("""
                        SELECT c.id, c.title, c.prospect_id, p.name, c.activity_id, c.periods_per_year,
                            c.annual_discount_rate, c.notes, c.created_at, c.created_by, c.version
                        FROM sales_business_case c LEFT JOIN sales_prospect p ON p.id = c.prospect_id
                        WHERE c.id = :id""")
                .param("id", id)
                .query((rs, n) -> new BusinessCase(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, Long.class),
                        rs.getString(4),
                        rs.getObject(5, Long.class),
                        new CashFlows(flows, rs.getInt(6), rs.getBigDecimal(7).doubleValue()),
                        rs.getString(8),
                        rs.getTimestamp(9).toInstant(),
                        rs.getString(10),
                        rs.getLong(11)))
                .optional();
    }

    Optional<ProspectRef> prospect(long id) {
        return jdbc.sql("SELECT id, name, owner_username FROM sales_prospect WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new ProspectRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    Optional<ActivityRef> activity(long id) {
        return jdbc.sql("SELECT id, prospect_id, kind FROM sales_activity WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new ActivityRef(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional();
    }
}
