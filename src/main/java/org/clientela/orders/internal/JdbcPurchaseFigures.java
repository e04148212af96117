package org.clientela.orders.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.customers.BlockedCustomers;
import org.clientela.orders.figures.CategoryPair;
import org.clientela.orders.figures.CohortCell;
import org.clientela.orders.figures.CustomerRevenue;
import org.clientela.orders.figures.DeliveredOrders;
import org.clientela.orders.figures.FirstYearBuying;
import org.clientela.orders.figures.NewBuyer;
import org.clientela.orders.figures.NewBuyerQuery;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.orders.figures.RepeatBuying;
import org.clientela.orders.figures.ReturningBuyers;
import org.clientela.orders.figures.Spread;
import org.clientela.platform.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PurchaseFigures} in SQL, aggregated by the database. Over a whole book of a million
 * customers the spread, the repeat buying and the cohorts take seconds to minutes
 * (docs/benchmarks.md), so the retention module keeps their results for the day instead of asking
 * on every page view.
 *
 * <p>Long because it is the SQL of one interface, one aggregate query a method, and the queries
 * share the same tables and currency rules; each reads on its own.
 */
@Component
@Transactional(readOnly = true)
class JdbcPurchaseFigures implements PurchaseFigures {

    /** Rows handed over at a time when the whole base is streamed. */
    private static final int FETCH_SIZE = 5_000;

    /** The quarter of a date as one number: year × 4 + quarter (0–3). Integer division on both databases. */
    private static final String QUARTER = "((CAST(EXTRACT(YEAR FROM %1$s) AS INTEGER) * 12"
            + " + CAST(EXTRACT(MONTH FROM %1$s) AS INTEGER) - 1) / 3)";

    private final JdbcClient jdbc;
    private final CategoryBuyers categories;

    JdbcPurchaseFigures(JdbcClient jdbc, CategoryBuyers categories) {
        this.jdbc = jdbc;
        this.categories = categories;
    }

    @Override
    public long bookVersion() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM sales_order")
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<LocalDate> lastPurchaseDay() {
        return Optional.ofNullable(jdbc.sql("SELECT MAX(order_date) FROM sales_order")
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .single());
    }

    @Override
    public BigDecimal revenue(LocalDate from, LocalDate to, String currency) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(total_amount), 0) FROM sales_order
                         WHERE order_date >= :from AND order_date < :to AND currency = :currency""")
                .param("from", from)
                .param("to", to)
                .param("currency", currency)
                .query(BigDecimal.class)
                .single();
    }

    /**
     * The period's buyers along {@code sales_order_date_delivered_idx}, each checked for an earlier
     * order by one probe of {@code sales_order_customer_idx}: a month's buyers, not the whole book.
     */
    @Override
    public ReturningBuyers returningBuyers(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS buyers,
                               COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM sales_order earlier
                                                              WHERE earlier.customer_id = buyers.customer_id
                                                                AND earlier.order_date < :from)
                                                 THEN 1 ELSE 0 END), 0) AS came_back
                          FROM (SELECT DISTINCT customer_id FROM sales_order
                                 WHERE order_date >= :from AND order_date < :to) buyers""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new ReturningBuyers(rs.getLong("buyers"), rs.getLong("came_back")))
                .single();
    }

    @Override
    public void forEachCustomerRevenue(
            LocalDate from, LocalDate to, java.util.function.Consumer<CustomerRevenue> each) {
        jdbc.sql("""
                        SELECT customer_id, SUM(total_amount) AS amount, COUNT(*) AS orders FROM sales_order
                         WHERE order_date >= :from AND order_date < :to
                         GROUP BY customer_id""")
                .withFetchSize(FETCH_SIZE)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    each.accept(new CustomerRevenue(
                            rs.getLong("customer_id"), rs.getBigDecimal("amount"), rs.getLong("orders")));
                });
    }

    @Override
    public Spread spread(LocalDate from, LocalDate to, String currency, int top) {
        long[] customers = {0};
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO};
        List<CustomerRevenue> biggest = new ArrayList<>();
        // One pass: the window totals ride along with the top rows.
        jdbc.sql("""
                        WITH revenue AS (
                            SELECT customer_id, SUM(total_amount) AS amount, COUNT(*) AS orders FROM sales_order
                             WHERE order_date >= :from AND order_date < :to AND currency = :currency
                             GROUP BY customer_id)
                        SELECT customer_id, amount, orders, COUNT(*) OVER () AS customers,
                               SUM(amount) OVER () AS total, SUM(amount * amount) OVER () AS squares
                          FROM revenue ORDER BY amount DESC, customer_id LIMIT :top""")
                .param("from", from)
                .param("to", to)
                .param("currency", currency)
                .param("top", top)
                .query(rs -> {
                    customers[0] = rs.getLong("customers");
                    totals[0] = rs.getBigDecimal("total");
                    totals[1] = rs.getBigDecimal("squares");
                    biggest.add(new CustomerRevenue(
                            rs.getLong("customer_id"), rs.getBigDecimal("amount"), rs.getLong("orders")));
                });
        return new Spread(customers[0], totals[0], totals[1], List.copyOf(biggest));
    }

    /**
     * Groups only the orders since {@code from}, then drops customers with an earlier order by one
     * probe of {@code sales_order_customer_idx} each: a quarter of the time of grouping the whole
     * book by customer on PostgreSQL (docs/benchmarks.md).
     */
    @Override
    public RepeatBuying repeatBuying(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS newcomers,
                               COALESCE(SUM(CASE WHEN last_date > first_date THEN 1 ELSE 0 END), 0) AS repeaters
                          FROM (SELECT customer_id, MIN(order_date) AS first_date, MAX(order_date) AS last_date
                                  FROM sales_order WHERE order_date >= :from
                                 GROUP BY customer_id HAVING MIN(order_date) < :to) buyers
                         WHERE NOT EXISTS (SELECT 1 FROM sales_order earlier
                                            WHERE earlier.customer_id = buyers.customer_id
                                              AND earlier.order_date < :from)""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new RepeatBuying(rs.getLong("newcomers"), rs.getLong("repeaters")))
                .single();
    }

    @Override
    public List<CohortCell> quarterlyCohorts(LocalDate from) {
        String sql = """
                WITH cohort AS (
                    SELECT customer_id, %s AS first_quarter
                      FROM (SELECT customer_id, MIN(order_date) AS first_date FROM sales_order GROUP BY customer_id) f
                     WHERE first_date >= :from),
                active AS (
                    SELECT DISTINCT customer_id, %s AS quarter FROM sales_order WHERE order_date >= :from)
                SELECT c.first_quarter, a.quarter - c.first_quarter AS later, COUNT(*) AS customers
                  FROM cohort c JOIN active a ON a.customer_id = c.customer_id
                 GROUP BY c.first_quarter, a.quarter - c.first_quarter
                 ORDER BY c.first_quarter, later""".formatted(QUARTER.formatted("first_date"), QUARTER.formatted("order_date"));
        return jdbc.sql(sql)
                .param("from", from)
                .query((rs, n) -> {
                    int quarter = rs.getInt(1);
                    return new CohortCell(
                            LocalDate.of(quarter / 4, quarter % 4 * 3 + 1, 1), rs.getInt(2), rs.getLong(3));
                })
                .list();
    }

    /**
     * Built like {@link #repeatBuying}: group only the orders since the period's start, then drop
     * customers with an earlier order by one index probe each. The page reads one row more than it
     * shows, so it knows whether another follows without counting all.
     */
    @Override
    public Slice<NewBuyer> newBuyers(NewBuyerQuery query, int page, int size) {
        StringBuilder sql = new StringBuilder("""
                SELECT customer_id, first_date, last_date, order_days
                  FROM (SELECT customer_id, MIN(order_date) AS first_date, MAX(order_date) AS last_date,
                               COUNT(DISTINCT order_date) AS order_days
                          FROM sales_order WHERE order_date >= :from
                         GROUP BY customer_id HAVING MIN(order_date) < :to) buyers
                 WHERE NOT EXISTS (SELECT 1 FROM sales_order earlier
                                    WHERE earlier.customer_id = buyers.customer_id AND earlier.order_date < :from)
                """);
        // A page of people, not a figure: a blocked customer (LOPDGDD art. 32) is not listed.
        sql.append(" AND").append(BlockedCustomers.visible("buyers.customer_id"));
        if (query.boughtAgain() != null) {
            sql.append(query.boughtAgain() ? " AND last_date > first_date" : " AND last_date = first_date");
        }
        if (query.activeFrom() != null) {
            sql.append("""
                     AND EXISTS (SELECT 1 FROM sales_order active
                                  WHERE active.customer_id = buyers.customer_id
                                    AND active.order_date >= :activeFrom AND active.order_date < :activeTo)
                    """);
        }
        sql.append(" ORDER BY first_date DESC, customer_id LIMIT :limit OFFSET :offset");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
                .param("from", query.firstFrom())
                .param("to", query.firstTo())
                .param("limit", size + 1)
                .param("offset", (long) page * size);
        if (query.activeFrom() != null) {
            statement = statement.param("activeFrom", query.activeFrom()).param("activeTo", query.activeTo());
        }
        return Slice.of(
                statement
                        .query((rs, n) -> new NewBuyer(
                                rs.getLong("customer_id"),
                                rs.getObject("first_date", LocalDate.class),
                                rs.getObject("last_date", LocalDate.class),
                                rs.getLong("order_days")))
                        .list(),
                page,
                size);
    }

    @Override
    public List<CategoryPair> categoryPairs(LocalDate recentSince) {
        return categories.pairs(recentSince);
    }

    @Override
    public Map<Long, String> categoryNames() {
        return categories.names();
    }

    /** One GROUP BY over a range of {@code sales_order_date_delivered_idx}. */
    @Override
    public List<DeliveredOrders> deliveryTimes(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT order_date, delivered_on, COUNT(*) AS orders FROM sales_order
                         WHERE order_date >= :from AND order_date <= :to
                         GROUP BY order_date, delivered_on""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new DeliveredOrders(
                        rs.getObject("order_date", LocalDate.class),
                        rs.getObject("delivered_on", LocalDate.class),
                        rs.getLong("orders")))
                .list();
    }

    /** Customers per statement: a campaign wins tens to hundreds, so this is one or a few statements. */
    private static final int FIRST_YEAR_CHUNK = 500;

    @Override
    public FirstYearBuying firstYear(Map<Long, LocalDate> customerSince, String currency) {
        long buyers = 0;
        long repeaters = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        List<Map.Entry<Long, LocalDate>> entries = new ArrayList<>(customerSince.entrySet());
        for (int start = 0; start < entries.size(); start += FIRST_YEAR_CHUNK) {
            List<Map.Entry<Long, LocalDate>> chunk =
                    entries.subList(start, Math.min(entries.size(), start + FIRST_YEAR_CHUNK));
            StringBuilder values = new StringBuilder();
            Map<String, Object> params = new HashMap<>();
            params.put("currency", currency);
            for (int i = 0; i < chunk.size(); i++) {
                values.append(i == 0 ? "" : ", ")
                        .append("(CAST(:c")
                        .append(i)
                        .append(" AS BIGINT), CAST(:s")
                        .append(i)
                        .append(" AS DATE), CAST(:u")
                        .append(i)
                        .append(" AS DATE))");
                params.put("c" + i, chunk.get(i).getKey());
                params.put("s" + i, chunk.get(i).getValue());
                params.put("u" + i, chunk.get(i).getValue().plusYears(1));
            }
            Object[] row = jdbc.sql(
                            "SELECT COUNT(*) AS buyers, SUM(CASE WHEN x.days >= 2 THEN 1 ELSE 0 END) AS repeaters,"
                                    + " COALESCE(SUM(x.spent), 0) AS revenue FROM (SELECT o.customer_id,"
                                    + " COUNT(DISTINCT o.order_date) AS days, SUM(o.total_amount) AS spent"
                                    + " FROM sales_order o JOIN (VALUES " + values
                                    + ") AS w (customer_id, since, until)"
                                    + " ON o.customer_id = w.customer_id"
                                    + " WHERE o.order_date >= w.since AND o.order_date < w.until AND o.currency = :currency"
                                    + " GROUP BY o.customer_id) x")
                    .params(params)
                    .query((rs, n) ->
                            new Object[] {rs.getLong("buyers"), rs.getLong("repeaters"), rs.getBigDecimal("revenue")})
                    .single();
            buyers += (Long) row[0];
            repeaters += (Long) row[1];
            revenue = revenue.add((BigDecimal) row[2]);
        }
        return new FirstYearBuying(customerSince.size(), buyers, repeaters, revenue);
    }
}
