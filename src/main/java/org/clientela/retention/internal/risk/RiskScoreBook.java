package org.clientela.retention.internal.risk;

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
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.platform.CsvExport;
import org.clientela.platform.Slice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 *
 * <p>Long because the page and the CSV stream must read the run's stamp and its rows in the same
 * repeatable-read transaction and fill in the customer numbers the same way; the CSV's line writing
 * is the only part the page does not use.
 */
@Service
public class RiskScoreBook {

    private static final Logger log = LoggerFactory.getLogger(RiskScoreBook.class);

    /** The columns of the CSV file: the JSON items' field names, in the same order. */
    private static final String[] HEADER = {
        "customerId",
        "customerNumber",
        "purchases",
        "daysSinceLast",
        "pAlive",
        "expectedPurchases",
        "expectedValue",
        "riskScore",
        "riskRank",
        "moneyAtRisk",
        "signals"
    };

    /** Rows fetched from the cursor, and customer numbers asked for, at a time. */
    static final int CHUNK = 1000;

    private static final String COLUMNS = """
            SELECT customer_id, purchase_days, days_since_last, p_alive, expected_purchases, expected_value,
                   risk_score, risk_rank, money_at_risk, signals
              FROM retention_customer_score""";

    /** A page shows every customer but the blocked ones (kept for legal claims, shown nowhere). */
    private static final String VISIBLE = " WHERE " + BlockedCustomers.visible("retention_customer_score.customer_id");

    private static final String ORDER = " ORDER BY risk_rank, customer_id";

    /** Which run the scores come from and the day they were scored as of. */
    public record Stamp(LocalDate asOf, long runId) {}

    /**
     * One customer's line. {@code pAlive}, {@code expectedPurchases} and {@code expectedValue} are
     * null when the run had no customer-base model; {@code customerNumber} is null for a customer
     * erased since the run.
     */
    public record Score(
            long customerId,
            String customerNumber,
            int purchases,
            int daysSinceLast,
            Double pAlive,
            Double expectedPurchases,
            BigDecimal expectedValue,
            double riskScore,
            long riskRank,
            BigDecimal moneyAtRisk,
            List<String> signals) {}

    /** A page of scores with the run they come from. */
    public record ScorePage(Stamp stamp, Slice<Score> slice) {}

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final BlockedCustomers blocked;

    RiskScoreBook(JdbcClient jdbc, CustomerDirectory customers, BlockedCustomers blocked) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.blocked = blocked;
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
        List<Score> rows = jdbc.sql(COLUMNS + VISIBLE + ORDER + " LIMIT :limit OFFSET :offset")
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
        long start = System.nanoTime();
        long[] lookupNanos = {0};
        try (CsvExport csv = CsvExport.start(open.apply(stamp), HEADER)) {
            List<String[]> chunk = new ArrayList<>(CHUNK);
            jdbc.sql(COLUMNS + ORDER).withFetchSize(CHUNK).query(rs -> {
                chunk.add(line(rs));
                if (chunk.size() == CHUNK) {
                    write(csv, chunk, lookupNanos);
                }
            });
            write(csv, chunk, lookupNanos);
        }
        log.debug(
                "Risk scores CSV as of {} written in {} ms, {} ms of it asking for customer numbers",
                stamp.asOf(),
                (System.nanoTime() - start) / 1_000_000,
                lookupNanos[0] / 1_000_000);
    }

    private Stamp checked(LocalDate asOf) {
        Stamp stamp = stamp().orElseThrow(() -> new ScoresNotReady(asOf, null));
        if (asOf != null && !asOf.equals(stamp.asOf())) {
            throw new ScoresNotReady(asOf, stamp.asOf());
        }
        return stamp;
    }

    /**
     * Writes the lines of a chunk with their customer numbers (column 1), but those of blocked
     * customers, and empties it. The blocked ones are left out here, a chunk at a time, and not in
     * the query: there the condition turned PostgreSQL's streamed read in rank order into a hash
     * anti-join and a sort of the whole base on disk (1,000,000 scores: 0.9 s became 2.3 s).
     */
    private void write(CsvExport csv, List<String[]> chunk, long[] lookupNanos) {
        long start = System.nanoTime();
        List<Long> ids = chunk.stream().map(l -> Long.valueOf(l[0])).toList();
        Map<Long, CustomerRef> refs = customers.findAll(ids);
        java.util.Set<Long> hidden = blocked.blockedAmong(ids);
        lookupNanos[0] += System.nanoTime() - start;
        for (String[] line : chunk) {
            if (hidden.contains(Long.valueOf(line[0]))) {
                continue;
            }
            CustomerRef ref = refs.get(Long.valueOf(line[0]));
            line[1] = ref == null ? null : ref.customerNumber();
            csv.row(line);
        }
        chunk.clear();
    }

    /**
     * A CSV line as the database writes its numbers: every number is read as text, not parsed and
     * formatted again (at a million lines, most of the Java time went there); only a number in
     * exponent notation (PostgreSQL writes 0.00001 as {@code 1e-05}) is written out in full, as
     * spreadsheets in every locale read it.
     */
    private static String[] line(ResultSet rs) throws SQLException {
        // The columns of COLUMNS, by position.
        return new String[] {
            rs.getString(1),
            null,
            rs.getString(2),
            rs.getString(3),
            plain(rs.getString(4)),
            plain(rs.getString(5)),
            plain(rs.getString(6)),
            plain(rs.getString(7)),
            rs.getString(8),
            plain(rs.getString(9)),
            csvSignals(rs.getString(10))
        };
    }

    private static String plain(String number) {
        if (number == null) {
            return null;
        }
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                return new BigDecimal(number).stripTrailingZeros().toPlainString();
            }
            if (c == 'N' || c == 'I') {
                return null;
            }
        }
        return number;
    }

    /** The signal codes separated by {@code |}, as the customer export separates tags. */
    private static String csvSignals(String signals) {
        return signals == null ? "" : signals.replace(',', '|');
    }

    private List<Score> withNumbers(List<Score> rows) {
        Map<Long, CustomerRef> refs =
                customers.findAll(rows.stream().map(Score::customerId).toList());
        List<Score> numbered = new ArrayList<>(rows.size());
        for (Score s : rows) {
            CustomerRef ref = refs.get(s.customerId());
            numbered.add(new Score(
                    s.customerId(),
                    ref == null ? null : ref.customerNumber(),
                    s.purchases(),
                    s.daysSinceLast(),
                    s.pAlive(),
                    s.expectedPurchases(),
                    s.expectedValue(),
                    s.riskScore(),
                    s.riskRank(),
                    s.moneyAtRisk(),
                    s.signals()));
        }
        return numbered;
    }

    private static Score score(ResultSet rs, int n) throws SQLException {
        String signals = rs.getString("signals");
        return new Score(
                rs.getLong("customer_id"),
                null,
                rs.getInt("purchase_days"),
                rs.getInt("days_since_last"),
                rs.getObject("p_alive", Double.class),
                rs.getObject("expected_purchases", Double.class),
                rs.getBigDecimal("expected_value"),
                rs.getDouble("risk_score"),
                rs.getLong("risk_rank"),
                rs.getBigDecimal("money_at_risk"),
                signals == null || signals.isBlank() ? List.of() : Arrays.asList(signals.split(",")));
    }
}
