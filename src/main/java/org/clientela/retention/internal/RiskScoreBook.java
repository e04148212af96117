package org.clientela.retention.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.platform.CsvExport;
import org.clientela.platform.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every customer's risk score as the newest radar run left it ({@code retention_customer_score}),
 * for the bulk export: a page at a time, or the whole base as a CSV file streamed from a database
 * cursor, so that a million customers never sit in memory.
 *
 * <p>The scores are those of one day, the run's as-of day. Asked for another day, the book refuses
 * ({@link ScoresNotReady}) rather than answer with the scores of a day the caller did not ask for:
 * scoring a past day is a radar run as of that day.
 *
 * <p>Both reads run in one repeatable-read transaction, so the as-of day, the run and the rows
 * come from the same run even if a new run replaces the table meanwhile. The customer numbers come
 * from the customers module's {@link CustomerDirectory}, a chunk of rows at a time.
 */
@Service
public class RiskScoreBook {

    /** The columns of the CSV file, the JSON items' field names, in the same order. */
    public static final String[] HEADER = {"customerId", "customerNumber", "purchases", "daysSinceLast", "pAlive",
            "expectedPurchases", "expectedValue", "riskScore", "riskRank", "moneyAtRisk", "signals"};

    /** Rows fetched from the cursor, and customer numbers asked for, at a time. */
    static final int CHUNK = 1000;

    private static final String COLUMNS = """
            SELECT customer_id, purchase_days, days_since_last, p_alive, expected_purchases, expected_value,
                   risk_score, risk_rank, money_at_risk, signals
              FROM retention_customer_score""";
    private static final String ORDER = " ORDER BY risk_rank, customer_id";

    /** Which run the scores come from and the day they were scored as of. */
    public record Stamp(LocalDate asOf, long runId) {
    }

    /**
     * One customer's line. {@code pAlive}, {@code expectedPurchases} and {@code expectedValue} are
     * null when the run had no customer-base model; {@code customerNumber} is null for a customer
     * erased since the run.
     */
    public record Score(long customerId, String customerNumber, int purchases, int daysSinceLast, Double pAlive,
            Double expectedPurchases, BigDecimal expectedValue, double riskScore, long riskRank,
            BigDecimal moneyAtRisk, List<String> signals) {
    }

    /** A page of scores with the run they come from. */
    public record ScorePage(Stamp stamp, Slice<Score> slice) {
    }

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;

    RiskScoreBook(JdbcClient jdbc, CustomerDirectory customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    /** The stored scores' day and run; empty when no run has scored anyone yet. */
    @Transactional(readOnly = true)
    public Optional<Stamp> stamp() {
        return jdbc.sql("SELECT as_of, run_id FROM retention_customer_score" + ORDER + " LIMIT 1")
                .query((rs, n) -> new Stamp(rs.getObject(1, LocalDate.class), rs.getLong(2)))
                .optional();
    }

    /**
     * Customers {@code page * size + 1} to {@code (page + 1) * size} by risk rank.
     *
     * @param asOf the day the caller wants the scores of, or null for the stored ones
     * @throws ScoresNotReady when there are no scores, or they are of another day than {@code asOf}
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ScorePage page(LocalDate asOf, int page, int size) {
        Stamp stamp = checked(asOf);
        List<Score> rows = jdbc.sql(COLUMNS + ORDER + " LIMIT :limit OFFSET :offset")
                .param("limit", size + 1)
                .param("offset", (long) page * size)
                .query(RiskScoreBook::score)
                .list();
        return new ScorePage(stamp, Slice.of(withNumbers(rows), page, size));
    }

    /**
     * Writes the whole base as CSV, by risk rank, reading the rows from a cursor {@value #CHUNK} at a
     * time (on PostgreSQL a fetch size only takes effect inside a transaction). The check comes
     * first: {@code open} is called with the stamp, before any byte is written, and gives the
     * stream to write to; a refusal leaves the response untouched for the error answer.
     *
     * @throws ScoresNotReady as {@link #page}
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void writeCsv(LocalDate asOf, Function<Stamp, OutputStream> open) {
        Stamp stamp = checked(asOf);
        try (CsvExport csv = CsvExport.start(open.apply(stamp), HEADER)) {
            List<Score> chunk = new ArrayList<>(CHUNK);
            jdbc.sql(COLUMNS + ORDER).withFetchSize(CHUNK).query(rs -> {
                chunk.add(score(rs, 0));
                if (chunk.size() == CHUNK) {
                    write(csv, chunk);
                }
            });
            write(csv, chunk);
        }
    }

    private Stamp checked(LocalDate asOf) {
        Stamp stamp = stamp().orElseThrow(() -> new ScoresNotReady(asOf, null));
        if (asOf != null && !asOf.equals(stamp.asOf())) {
            throw new ScoresNotReady(asOf, stamp.asOf());
        }
        return stamp;
    }

    private void write(CsvExport csv, List<Score> chunk) {
        for (Score s : withNumbers(chunk)) {
            csv.row(Long.toString(s.customerId()), s.customerNumber(), Integer.toString(s.purchases()),
                    Integer.toString(s.daysSinceLast()), plain(s.pAlive()), plain(s.expectedPurchases()),
                    plain(s.expectedValue()), plain(s.riskScore()), Long.toString(s.riskRank()),
                    plain(s.moneyAtRisk()), String.join("|", s.signals()));
        }
        chunk.clear();
    }

    private List<Score> withNumbers(List<Score> rows) {
        Map<Long, CustomerRef> refs = customers.findAll(rows.stream().map(Score::customerId).toList());
        List<Score> numbered = new ArrayList<>(rows.size());
        for (Score s : rows) {
            CustomerRef ref = refs.get(s.customerId());
            numbered.add(new Score(s.customerId(), ref == null ? null : ref.customerNumber(), s.purchases(),
                    s.daysSinceLast(), s.pAlive(), s.expectedPurchases(), s.expectedValue(), s.riskScore(),
                    s.riskRank(), s.moneyAtRisk(), s.signals()));
        }
        return numbered;
    }

    private static Score score(ResultSet rs, int n) throws SQLException {
        String signals = rs.getString("signals");
        return new Score(rs.getLong("customer_id"), null, rs.getInt("purchase_days"), rs.getInt("days_since_last"),
                rs.getObject("p_alive", Double.class), rs.getObject("expected_purchases", Double.class),
                rs.getBigDecimal("expected_value"), rs.getDouble("risk_score"), rs.getLong("risk_rank"),
                rs.getBigDecimal("money_at_risk"),
                signals == null || signals.isBlank() ? List.of() : Arrays.asList(signals.split(",")));
    }

    /** A number as spreadsheets read it: never in exponent notation; empty when absent. */
    private static String plain(Double value) {
        return value == null ? "" : plain(value.doubleValue());
    }

    private static String plain(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).toPlainString() : "";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
