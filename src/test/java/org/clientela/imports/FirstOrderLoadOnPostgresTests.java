package org.clientela.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.clientela.support.ApplicationTest;
import org.clientela.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The first load of a business's orders on PostgreSQL: into an empty orders table the import drops
 * the orders' indexes and keys and builds them again before it commits. This
 * context has a database of its own (so the table starts empty) and takes any file of two rows or
 * more as a first load. What must hold: afterwards the schema is exactly as the migrations made it,
 * the foreign key still guards the orders, a file with a bad row leaves schema and data as they
 * were, and once the table holds orders the indexes are kept up row by row.
 */
@ApplicationTest
@ExtendWith(PostgresTestDatabase.class)
@TestPropertySource(properties = "clientela.import.first-load-min-rows=2")
class FirstOrderLoadOnPostgresTests {

    static final MediaType CSV = MediaType.valueOf("text/csv");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Test
    void theFirstLoadLeavesTheOrdersSchemaAsTheMigrationsMadeItAndABadFileLeavesEverything() throws Exception {
        List<String> schema = ordersSchema();
        long amountIndex = indexId();
        long numberKey = indexId("sales_order_number_uq");
        assertThat(schema).anyMatch(d -> d.contains("FOREIGN KEY (customer_id) REFERENCES customer(id)"))
                .anyMatch(d -> d.contains("sales_order_customer_idx"))
                .anyMatch(d -> d.contains("sales_order_amount_idx"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sales_order").query(Long.class).single()).isZero();
        upload("/api/v1/imports/customers", """
                customer_number,name,kind,email,phone
                F-1,Panadería Núñez,COMPANY,,
                F-2,María José Pérez,PERSON,,
                """).andExpect(status().isOk());

        upload("/api/v1/imports/orders", orders() + "F-2,F-C,2026-02-03,S1,Café,1,abc\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("amount"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sales_order").query(Long.class).single()).isZero();
        assertThat(ordersSchema()).isEqualTo(schema);
        // A first load writes its orders without looking them up: an order number met twice apart
        // in the file is still a bad row, not a second order or a broken unique key.
        upload("/api/v1/imports/orders", orders() + "F-1,F-A,2026-01-15,S3,Té,1,1.00\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(5))
                .andExpect(jsonPath("$.errors[0].column").value("order_number"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sales_order").query(Long.class).single()).isZero();

        upload("/api/v1/imports/orders", orders())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        assertThat(ordersSchema()).isEqualTo(schema);
        long rebuilt = indexId();
        assertThat(rebuilt).as("the amount index was built anew").isNotEqualTo(amountIndex);
        assertThat(indexId("sales_order_number_uq")).as("and so was the order number's key")
                .isNotEqualTo(numberKey);
        long numberKeyRebuilt = indexId("sales_order_number_uq");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM order_line").query(Long.class).single()).isEqualTo(3);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount, line_count,
                                         created_at, version)
                VALUES ('F-X', -1, DATE '2026-01-01', 'EUR', 1, 1, CURRENT_TIMESTAMP, 0)""").update())
                .isInstanceOf(DataIntegrityViolationException.class);

        // Now the table holds orders: a next file is written row by row, with everything in place.
        upload("/api/v1/imports/orders", orders().replace("F-A", "F-D").replace("F-B", "F-E"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        assertThat(ordersSchema()).isEqualTo(schema);
        assertThat(indexId()).as("kept up row by row, not built again").isEqualTo(rebuilt);
        assertThat(indexId("sales_order_number_uq")).isEqualTo(numberKeyRebuilt);
    }

    private long indexId() {
        return indexId("sales_order_amount_idx");
    }

    private long indexId(String index) {
        return jdbc.sql("SELECT CAST(CAST(CAST(:index AS text) AS regclass) AS oid)").param("index", index)
                .query(Long.class).single();
    }

    private static String orders() {
        return """
                customer_number,order_number,order_date,sku,category,quantity,amount
                F-1,F-A,2026-01-15,S1,Café,2,12.50
                F-1,F-A,2026-01-15,S2,Té,1,3.25
                F-2,F-B,2026-02-01,S1,Café,1,6.25
                """;
    }

    /** The definitions of every index and constraint of the orders table. */
    private List<String> ordersSchema() {
        return jdbc.sql("""
                SELECT def FROM (
                    SELECT pg_get_indexdef(indexrelid) AS def FROM pg_index WHERE indrelid = CAST('sales_order' AS regclass)
                    UNION ALL
                    SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                     WHERE conrelid = CAST('sales_order' AS regclass)) d
                 ORDER BY def""").query(String.class).list();
    }

    private ResultActions upload(String path, String csv) throws Exception {
        return mvc.perform(post(path).with(httpBasic("admin", "admin-test-password")).contentType(CSV)
                .content(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
