package org.clientela.retention.internal.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.DatabaseKind;
import org.clientela.retention.SignalKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a radar run's ranking into {@code retention_customer_score}: one row per customer, replacing
 * the previous run's rows in one transaction (readers see the old ranking or the new one, never half;
 * on PostgreSQL they wait for the few seconds of the write, see {@link #write}).
 * Rows go in with COPY on PostgreSQL ({@link BulkInsert}). The rank orders by risk score, then by money at risk, then by customer id, so that it is total and
 * the same on every run over the same data.
 */
@Component
public class RiskScores {

    static final int BATCH = 5_000;

    static final List<String> COLUMNS = List.of(
            "customer_id",
            "run_id",
            "as_of",
            "purchase_days",
            "days_since_last",
            "risk_score",
            "risk_rank",
            "year_spend",
            "money_at_risk",
            "p_alive",
            "expected_purchases",
            "expected_value",
            "signals");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final BulkInsert bulk;
    private final DatabaseKind database;

    RiskScores(JdbcTemplate jdbc, TransactionTemplate transactions, BulkInsert bulk, DatabaseKind database) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.bulk = bulk;
        this.database = database;
    }

    /** The customer-base model's figures of one customer on the run's day. */
    public record ModelFigures(double pAlive, double expectedPurchases, double expectedValue) {}

    /** Gives the model's figures of customer {@code i}, or null when no model was fitted. */
    public interface Figures {
        ModelFigures of(int i);
    }

    /**
     * @return the number of customers written
     */
    public long write(long runId, PurchaseHistories histories, RiskRanking.Result ranking, Figures model) {
        int n = histories.size();
        double[] risk = ranking.riskScore();
        double[] money = new double[n];
        for (int i = 0; i < n; i++) {
            money[i] = risk[i] * histories.yearSpend(i);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                Comparator.<Integer>comparingDouble(i -> -risk[i])
                        .thenComparingDouble(i -> -money[i])
                        .thenComparingLong(histories::customerId));
        long[] rank = new long[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r + 1;
        }
        ModelFigures[] figures = new ModelFigures[n];
        if (model != null) {
            IntStream.range(0, n).parallel().forEach(i -> figures[i] = model.of(i));
        }
        Date asOf = Date.valueOf(histories.asOf());
        boolean postgres = database.isPostgres();
        transactions.executeWithoutResult(status -> {
            if (postgres) {
                // A new, empty table file and no rank or money index while the rows go in: COPY then writes a million
                // rows in seconds, where keeping the index in step row by row (ranks come in no order) took
                // five times as long. Readers of the scores wait for the commit, then see the new ranking.
                jdbc.execute("TRUNCATE retention_customer_score");
                jdbc.execute("DROP INDEX retention_customer_score_rank_idx");
                jdbc.execute("DROP INDEX retention_customer_score_money_idx");
            } else {
                jdbc.update("DELETE FROM retention_customer_score");
            }
            List<Object[]> rows = new ArrayList<>(BATCH);
            for (int i = 0; i < n; i++) {
                ModelFigures f = figures[i];
                rows.add(new Object[] {
                    histories.customerId(i),
                    runId,
                    asOf,
                    histories.purchaseDays(i),
                    histories.daysSinceLast(i),
                    risk[i],
                    rank[i],
                    money(histories.yearSpend(i)),
                    money(money[i]),
                    f == null ? null : f.pAlive(),
                    f == null ? null : f.expectedPurchases(),
                    f == null ? null : money(f.expectedValue()),
                    codes(histories.signals(i))
                });
                if (rows.size() == BATCH) {
                    insert(rows);
                    rows.clear();
                }
            }
            insert(rows);
            if (postgres) {
                jdbc.execute("CREATE INDEX retention_customer_score_rank_idx ON retention_customer_score (risk_rank)");
                jdbc.execute(
                        "CREATE INDEX retention_customer_score_money_idx ON retention_customer_score (money_at_risk)");
            }
        });
        return n;
    }

    /** COPY on PostgreSQL, a JDBC batch elsewhere. */
    private void insert(List<Object[]> rows) {
        bulk.insert("retention_customer_score", COLUMNS, rows);
    }

    private static BigDecimal money(double amount) {
        return Double.isFinite(amount) ? BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP) : null;
    }

    /** The signal kinds of a bit set, comma-separated. */
    static String codes(int signals) {
        StringJoiner codes = new StringJoiner(",");
        for (SignalKind kind : SignalKind.values()) {
            if ((signals & (1 << kind.ordinal())) != 0) {
                codes.add(kind.name());
            }
        }
        return codes.toString();
    }
}
