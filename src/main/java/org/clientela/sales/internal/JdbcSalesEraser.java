package org.clientela.sales.internal;

import java.util.List;
import org.clientela.sales.SalesEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcSalesEraser implements SalesEraser {

    /** Children before the rows they point at. */
    private static final List<String> STATEMENTS = List.of(
            "DELETE FROM sales_call_back",
            "DELETE FROM sales_web_lead",
            "DELETE FROM sales_activity_day",
            "DELETE FROM sales_activity",
            "DELETE FROM sales_prospect_search_term",
            "DELETE FROM sales_prospect_contact",
            "DELETE FROM sales_prospect",
            "DELETE FROM sales_campaign_seller",
            "DELETE FROM sales_campaign_sector",
            "DELETE FROM sales_campaign_size_band",
            "DELETE FROM sales_campaign",
            "DELETE FROM sales_sector WHERE own = TRUE");

    private final JdbcClient jdbc;

    JdbcSalesEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void eraseAll() {
        STATEMENTS.forEach(statement -> jdbc.sql(statement).update());
    }
}
