package org.clientela.service.internal.letters;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.platform.ListTotal;
import org.clientela.platform.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists of the letters page, one page at a time, each on an index of {@code service_letter}. */
@Component
@Transactional(readOnly = true)
public class LetterList {

    /** Which letters. */
    public enum View {
        /** Drafts written by others: mine to review. */
        AWAITING_MY_APPROVAL,
        /** My letters not sent yet (drafts and approved). */
        MY_DRAFTS,
        /** Sent letters, everyone's. */
        SENT
    }

    /** One letter in a list. */
    public record Row(long id, long caseId, long customerId, String customerName, String subject, String language,
            String author, LetterStatus status, String approvedBy, Instant updatedAt, String sentTo) {
    }

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;

    LetterList(JdbcClient jdbc, CustomerDirectory customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    /** A page of {@code view} for {@code me}, newest change first unless {@code oldestFirst}. */
    public Slice<Row> list(View view, String me, boolean oldestFirst, int page, int size) {
        String where = where(view);
        String order = oldestFirst ? "updated_at, id" : "updated_at DESC, id DESC";
        List<Row> rows = jdbc.sql("""
                SELECT id, case_id, customer_id, subject, language, author, status, approved_by, updated_at, sent_to
                  FROM service_letter WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset""".formatted(where, order))
                .param("me", me)
                .param("limit", size + 1)
                .param("offset", (long) page * size)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), null, rs.getString(4),
                        rs.getString(5), rs.getString(6), LetterStatus.valueOf(rs.getString(7)), rs.getString(8),
                        rs.getTimestamp(9).toInstant(), rs.getString(10)))
                .list();
        Map<Long, CustomerRef> names = customers.findAll(rows.stream().map(Row::customerId).toList());
        List<Row> named = rows.stream().map(r -> new Row(r.id(), r.caseId(), r.customerId(),
                names.containsKey(r.customerId()) ? names.get(r.customerId()).name() : null, r.subject(),
                r.language(), r.author(), r.status(), r.approvedBy(), r.updatedAt(), r.sentTo())).toList();
        return Slice.of(named, page, size);
    }

    /** How many letters a view holds, counted up to {@link ListTotal#CAP}. */
    public ListTotal count(View view, String me) {
        return ListTotal.ofCapped(jdbc.sql(ListTotal.cappedCount("SELECT 1 FROM service_letter WHERE " + where(view)))
                .param("me", me).query(Long.class).single());
    }

    private static String where(View view) {
        return switch (view) {
            case AWAITING_MY_APPROVAL -> "status = 'DRAFT' AND author <> :me";
            case MY_DRAFTS -> "author = :me AND status IN ('DRAFT', 'APPROVED', 'SENDING')";
            case SENT -> "status = 'SENT' AND :me = :me";
        };
    }

    /** The letters of one case, newest first (a case has a handful). */
    public List<Row> ofCase(long caseId) {
        return jdbc.sql("""
                SELECT id, case_id, customer_id, subject, language, author, status, approved_by, updated_at, sent_to
                  FROM service_letter WHERE case_id = :caseId ORDER BY updated_at DESC, id DESC LIMIT 100""")
                .param("caseId", caseId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), null, rs.getString(4),
                        rs.getString(5), rs.getString(6), LetterStatus.valueOf(rs.getString(7)), rs.getString(8),
                        rs.getTimestamp(9).toInstant(), rs.getString(10)))
                .list();
    }
}
