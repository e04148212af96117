package org.clientela.orders.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientela.orders.figures.CategoryPair;
import org.clientela.orders.history.CategoryBought;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who bought which category, for {@link JdbcPurchaseFigures} (pairs, names) and
 * {@link JdbcCustomerPurchases} (one customer's). A line's category is its own or, when it has none, its product's. The pairs are one query:
 * each customer's categories with the day they last bought each, joined with itself by customer
 * and counted per pair; a customer buying k categories adds k² rows before the count, and k is
 * small (a handful of categories per customer).
 */
@Component
@Transactional(readOnly = true)
class CategoryBuyers {

    private static final String CUSTOMER_CATEGORIES = """
            SELECT o.customer_id, COALESCE(l.category_id, p.category_id) AS category_id,
                   MAX(o.order_date) AS last_date
              FROM sales_order o
              JOIN order_line l ON l.order_id = o.id
              LEFT JOIN product p ON p.id = l.product_id
             WHERE COALESCE(l.category_id, p.category_id) IS NOT NULL""";

    private final JdbcClient jdbc;

    CategoryBuyers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CategoryPair> pairs(LocalDate recentSince) {
        return jdbc.sql("WITH bought AS (" + CUSTOMER_CATEGORIES + """
                         GROUP BY o.customer_id, COALESCE(l.category_id, p.category_id))
                        SELECT a.category_id AS first_category, b.category_id AS second_category,
                               COUNT(*) AS customers,
                               SUM(CASE WHEN b.last_date >= :since THEN 1 ELSE 0 END) AS still_buying
                          FROM bought a JOIN bought b ON b.customer_id = a.customer_id
                         GROUP BY a.category_id, b.category_id""")
                .param("since", recentSince)
                .query((rs, n) -> new CategoryPair(
                        rs.getLong("first_category"),
                        rs.getLong("second_category"),
                        rs.getLong("customers"),
                        rs.getLong("still_buying")))
                .list();
    }

    List<CategoryBought> boughtBy(long customerId) {
        return jdbc.sql("SELECT c.id, c.name, b.last_date FROM (" + CUSTOMER_CATEGORIES + """
                           AND o.customer_id = :id
                         GROUP BY o.customer_id, COALESCE(l.category_id, p.category_id)) b
                          JOIN product_category c ON c.id = b.category_id
                         ORDER BY c.name""")
                .param("id", customerId)
                .query((rs, n) -> new CategoryBought(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    Map<Long, String> names() {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM product_category ORDER BY name").query(rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }
}
