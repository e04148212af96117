package org.clientela.customers.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clientela.customers.LifecycleStatus;
import org.clientela.platform.CsvExport;
import org.clientela.platform.ListLinks.Direction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer list as a CSV file: the same customers, in the same order, as the list page shows
 * for a search text and status. The first five columns are the customer import header, so an
 * export can be edited and imported again.
 */
@Service
public class CustomerExport {

    /** Import columns first; tags are separated by {@code |}. */
    static final String[] HEADER = {
        "customer_number",
        "name",
        "kind",
        "email",
        "phone",
        "tax_id",
        "address",
        "postal_code",
        "city",
        "owner",
        "status",
        "tags"
    };

    private static final String COLUMNS = """
            c.id, c.customer_number, c.name, c.kind, c.email, c.phone, c.tax_id, c.address, c.postal_code, c.city,
            c.owner_username, c.lifecycle_status, g.tag""";

    private final JdbcClient jdbc;
    private final CustomerSearch search;

    CustomerExport(JdbcClient jdbc, CustomerSearch search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    /**
     * Writes every matching customer to {@code out} as rows are read (one streamed query, one row
     * per customer and tag, folded back into one line per customer).
     */
    @Transactional(readOnly = true)
    public void write(String query, LifecycleStatus status, CustomerSearch.Sort sort, OutputStream out) {
        write(query, status, query == null || query.isBlank() ? sort : null, Direction.ASC, out);
    }

    /**
     * Writes the customers of the list with this search, status and sort (see
     * {@link CustomerSearch#search(String, LifecycleStatus, CustomerSearch.Sort, Direction, int, int)}),
     * all its pages, in the order the list shows them.
     */
    @Transactional(readOnly = true)
    public void write(
            String query, LifecycleStatus status, CustomerSearch.Sort sort, Direction direction, OutputStream out) {
        try (CsvExport csv = CsvExport.start(out, HEADER);
                Stream<Row> rows = rows(query, status, sort, direction)) {
            Folding folding = new Folding(csv);
            rows.forEach(folding::add);
            folding.finish();
        }
    }

    private Stream<Row> rows(String query, LifecycleStatus status, CustomerSearch.Sort sort, Direction direction) {
        JdbcClient.StatementSpec statement;
        if (query == null || query.isBlank()) {
            statement = jdbc.sql("SELECT " + COLUMNS
                    + " FROM customer c LEFT JOIN customer_tag g ON g.customer_id = c.id"
                    + CustomerSearch.listed(status) + " ORDER BY "
                    + (sort == null ? CustomerSearch.Sort.NAME : sort).sql(direction) + ", c.id, g.tag");
            if (status != null) {
                statement = statement.param("status", status.name());
            }
        } else {
            CustomerSearch.Matching matching = search.matching(query, status);
            if (matching == null) {
                return Stream.empty();
            }
            statement = jdbc.sql("SELECT " + COLUMNS + " FROM (" + matching.sql() + ") m"
                            + " JOIN customer c ON c.id = m.customer_id LEFT JOIN customer_tag g ON g.customer_id = c.id"
                            + " ORDER BY " + (sort == null ? "m.term, m.customer_id" : sort.sql(direction) + ", c.id")
                            + ", g.tag")
                    .params(matching.params());
        }
        return statement
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        new String[] {
                            rs.getString("customer_number"),
                            rs.getString("name"),
                            rs.getString("kind"),
                            rs.getString("email"),
                            rs.getString("phone"),
                            rs.getString("tax_id"),
                            rs.getString("address"),
                            rs.getString("postal_code"),
                            rs.getString("city"),
                            rs.getString("owner_username"),
                            rs.getString("lifecycle_status")
                        },
                        rs.getString("tag")))
                .stream();
    }

    private record Row(long id, String[] cells, String tag) {}

    /** Joins the consecutive rows of one customer (one per tag) into one CSV line. */
    private static final class Folding {

        private final CsvExport csv;
        private Row current;
        private final List<String> tags = new ArrayList<>();

        Folding(CsvExport csv) {
            this.csv = csv;
        }

        void add(Row row) {
            if (current != null && current.id() != row.id()) {
                finish();
            }
            if (current == null) {
                current = row;
            }
            if (row.tag() != null) {
                tags.add(row.tag());
            }
        }

        void finish() {
            if (current == null) {
                return;
            }
            String[] line = new String[HEADER.length];
            System.arraycopy(current.cells(), 0, line, 0, current.cells().length);
            line[HEADER.length - 1] = String.join("|", tags);
            csv.row(line);
            current = null;
            tags.clear();
        }
    }
}
