package org.clientela.service.internal.letters;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.platform.ListLinks;
import org.clientela.platform.ListTotal;
import org.clientela.platform.Slice;
import org.clientela.platform.SortColumn;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists of the letters page, one page at a time, each on an index of {@code service_letter}. */
@Component
@Transactional(readOnly = true)
public class LetterList {

    /** Rows the export reads at a time. */
    private static final int CHUNK = 500;

    /** Which letters. */
    public enum View {
        /** Drafts written by others: mine to review. */
        AWAITING_MY_APPROVAL,
        /** My letters not sent yet (drafts and approved). */
        MY_DRAFTS,
        /** Sent letters, everyone's. */
        SENT
    }

    /**
     * The columns a letter list sorts by: only those an index of {@code service_letter} serves
     * within every view ({@code (status, updated_at, id)} and {@code (author, status, updated_at, id)}).
     */
    public enum Column implements SortColumn {
        UPDATED("updated_at %1$s, id %1$s"),
        STATUS("status %1$s, updated_at %1$s, id %1$s"),
        AUTHOR("author %1$s, updated_at %1$s, id %1$s");

        private final String orderBy;

        Column(String orderBy) {
            this.orderBy = orderBy;
        }

        @Override
        public String orderBy() {
            return orderBy;
        }

        /** The column a URL names, or {@code null}. */
        public static Column parse(String text) {
            return SortColumn.parse(Column.class, text);
        }
    }

    /** One letter in a list. */
    public record Row(
            long id,
            long caseId,
            long customerId,
            String customerName,
            String subject,
            String language,
            String author,
            LetterStatus status,
            String approvedBy,
            Instant updatedAt,
            String sentTo) {}

    /** A letter's row as every list reads it, in the order of the SELECTs here; the customer's name comes later. */
    private static final RowMapper<Row> ROW = (rs, n) -> new Row(
            rs.getLong(1),
            rs.getLong(2),
            rs.getLong(3),
            null,
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            LetterStatus.valueOf(rs.getString(7)),
            rs.getString(8),
            rs.getTimestamp(9).toInstant(),
            rs.getString(10));

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;

    LetterList(JdbcClient jdbc, CustomerDirectory customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    /** A page of {@code view} for {@code me}, in the order of {@code column} and {@code direction}. */
    public Slice<Row> list(View view, String me, Column column, ListLinks.Direction direction, int page, int size) {
        String order = (column == null ? Column.UPDATED : column).sql(direction);
        List<Row> rows = jdbc.sql("""
                SELECT id, case_id, customer_id, subject, language, author, status, approved_by, updated_at, sent_to
                  FROM service_letter WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset""".formatted(where(view), order))
                .param("me", me)
                .param("limit", size + 1)
                .param("offset", (long) page * size)
                .query(ROW)
                .list();
        Map<Long, CustomerRef> names =
                customers.findAll(rows.stream().map(Row::customerId).toList());
        List<Row> named = rows.stream()
                .map(r -> new Row(
                        r.id(),
                        r.caseId(),
                        r.customerId(),
                        names.containsKey(r.customerId())
                                ? names.get(r.customerId()).name()
                                : null,
                        r.subject(),
                        r.language(),
                        r.author(),
                        r.status(),
                        r.approvedBy(),
                        r.updatedAt(),
                        r.sentTo()))
                .toList();
        return Slice.of(named, page, size);
    }

    /**
     * Every row of {@code view} in the list's order, page after page of {@value #CHUNK} (the export):
     * exactly the rows the pages show, one after the other.
     */
    public void forEach(View view, String me, Column column, ListLinks.Direction direction, Consumer<Row> action) {
        for (int page = 0; ; page++) {
            Slice<Row> chunk = list(view, me, column, direction, page, CHUNK);
            chunk.items().forEach(action);
            if (!chunk.hasNext()) {
                return;
            }
        }
    }

    /** How many letters a view holds, counted up to {@link ListTotal#CAP}. */
    public ListTotal count(View view, String me) {
        return ListTotal.ofCapped(jdbc.sql(ListTotal.cappedCount("SELECT 1 FROM service_letter WHERE " + where(view)))
                .param("me", me)
                .query(Long.class)
                .single());
    }

    /** The letters of blocked customers are kept (legal claims) but listed and counted nowhere. */
    private static String where(View view) {
        return BlockedCustomers.visible("service_letter.customer_id") + " AND "
                + switch (view) {
                    case AWAITING_MY_APPROVAL -> "status = 'DRAFT' AND author <> :me";
                    case MY_DRAFTS -> "author = :me AND status IN ('DRAFT', 'APPROVED', 'SENDING')";
                    case SENT -> "status = 'SENT' AND :me = :me";
                };
    }

    /** The letters of one case, newest first (a case has a handful). */
    public List<Row> ofCase(long caseId) {
        return jdbc.sql("""
                SELECT id, case_id, customer_id, subject, language, author, status, approved_by, updated_at, sent_to
                  FROM service_letter WHERE case_id = :caseId ORDER BY updated_at DESC, id DESC LIMIT 100""").param("caseId", caseId).query(ROW).list();
    }
}
