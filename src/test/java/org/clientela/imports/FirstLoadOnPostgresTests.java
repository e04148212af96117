package org.clientela.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderImporter;
import org.clientela.platform.ImportProgress;
import org.clientela.support.PostgresApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The first load of a business's customers or orders on PostgreSQL: into an empty customer table
 * the import drops the customers' secondary indexes and the search terms' key and index, into an
 * empty orders table the orders' indexes and keys, and builds them again before it commits. The
 * class has a database of its own, emptied before each test (so the tables start empty), and any
 * file of two rows or more is a first load. What must hold: afterwards the schema is exactly as the migrations made it, the
 * rows are found and guarded as ever, a file with a bad row leaves schema and data as they were,
 * and once a table holds rows the next file keeps its indexes up row by row.
 */
@PostgresApplicationTest
@TestPropertySource(properties = "clientela.import.first-load-min-rows=2")
@DirtiesContext
class FirstLoadOnPostgresTests {

    static final MediaType CSV = MediaType.valueOf("text/csv");
    static final String CUSTOMERS = "/api/v1/imports/customers";
    static final String ORDERS = "/api/v1/imports/orders";
    static final String PROSPECTS = "/api/v1/imports/prospects";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CustomerImporter customers;

    @Autowired
    OrderImporter orders;

    @TempDir
    Path files;

    /** Every customer goes, and with them (by their keys) their orders, lines and search terms. */
    @BeforeEach
    void emptyTables() {
        jdbc.sql("TRUNCATE TABLE customer CASCADE").update();
    }

    @Test
    void theFirstLoadLeavesTheSchemaAsTheMigrationsMadeItAndEveryCustomerFindable() throws Exception {
        List<String> schema = schemaOf("customer", "customer_search_term");
        assertThat(schema)
                .anyMatch(d -> d.contains("customer_phone_idx"))
                .anyMatch(d -> d.contains("customer_search_term_pkey PRIMARY KEY (term, customer_id)"))
                .anyMatch(d -> d.contains("customer_search_term_customer_idx"));
        long phoneIndex = indexId("customer_phone_idx");
        long termsKey = indexId("customer_search_term_pkey");
        long termsIndex = indexId("customer_search_term_customer_idx");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single())
                .isZero();

        upload(CUSTOMERS, """
                customer_number,name,kind,email,phone
                L-1,Panadería Núñez,COMPANY,pan@nunez.example,+34 922 123 456
                L-2,María José Pérez,PERSON,,922-98-76-54
                L-3,<b>Ferretería</b> O'Brien,COMPANY,,
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3));

        assertThat(schemaOf("customer", "customer_search_term")).isEqualTo(schema);
        assertThat(indexId("customer_phone_idx"))
                .as("the phone index was built anew")
                .isNotEqualTo(phoneIndex);
        assertThat(indexId("customer_search_term_pkey"))
                .as("and so was the terms' key")
                .isNotEqualTo(termsKey);
        long termsIndexRebuilt = indexId("customer_search_term_customer_idx");
        assertThat(termsIndexRebuilt).as("and the terms' index").isNotEqualTo(termsIndex);
        search("123456").andExpect(jsonPath("$.items[0].customerNumber").value("L-1"));
        search("nunez").andExpect(jsonPath("$.items[0].customerNumber").value("L-1"));
        search("jose").andExpect(jsonPath("$.items[0].customerNumber").value("L-2"));
        search("9876").andExpect(jsonPath("$.items[0].customerNumber").value("L-2"));

        // Now the table holds customers: a next file updates one and adds one, row by row.
        upload(CUSTOMERS, """
                customer_number,name,kind,email,phone
                L-2,María José Gómez,PERSON,,922-98-76-54
                L-4,Librería Ramírez,COMPANY,,
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(schemaOf("customer", "customer_search_term")).isEqualTo(schema);
        assertThat(indexId("customer_search_term_customer_idx"))
                .as("kept up row by row, not built again")
                .isEqualTo(termsIndexRebuilt);
        search("gomez").andExpect(jsonPath("$.items[0].customerNumber").value("L-2"));
        search("perez").andExpect(jsonPath("$.items.length()").value(0));
        search("ramirez").andExpect(jsonPath("$.items[0].customerNumber").value("L-4"));
    }

    @Test
    void theFirstLoadLeavesTheOrdersSchemaAsTheMigrationsMadeItAndABadFileLeavesEverything() throws Exception {
        List<String> schema = schemaOf("sales_order");
        long amountIndex = indexId("sales_order_amount_idx");
        long numberKey = indexId("sales_order_number_uq");
        assertThat(schema)
                .anyMatch(d -> d.contains("FOREIGN KEY (customer_id) REFERENCES customer(id)"))
                .anyMatch(d -> d.contains("sales_order_customer_idx"))
                .anyMatch(d -> d.contains("sales_order_amount_idx"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sales_order")
                        .query(Long.class)
                        .single())
                .isZero();
        upload(CUSTOMERS, """
                customer_number,name,kind,email,phone
                F-1,Panadería Núñez,COMPANY,,
                F-2,María José Pérez,PERSON,,
                """).andExpect(status().isOk());

        upload(ORDERS, orders() + "F-2,F-C,2026-02-03,S1,Café,1,abc\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("amount"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sales_order")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(schemaOf("sales_order")).isEqualTo(schema);
        // A first load writes its orders without looking them up: an order number met twice apart
        // in the file is still a bad row, not a second order or a broken unique key.
        upload(ORDERS, orders() + "F-1,F-A,2026-01-15,S3,Té,1,1.00\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(5))
                .andExpect(jsonPath("$.errors[0].column").value("order_number"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sales_order")
                        .query(Long.class)
                        .single())
                .isZero();

        upload(ORDERS, orders())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        assertThat(schemaOf("sales_order")).isEqualTo(schema);
        long rebuilt = indexId("sales_order_amount_idx");
        assertThat(rebuilt).as("the amount index was built anew").isNotEqualTo(amountIndex);
        assertThat(indexId("sales_order_number_uq"))
                .as("and so was the order number's key")
                .isNotEqualTo(numberKey);
        long numberKeyRebuilt = indexId("sales_order_number_uq");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM order_line").query(Long.class).single())
                .isEqualTo(3);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount, line_count,
                                         created_at, version)
                VALUES ('F-X', -1, DATE '2026-01-01', 'EUR', 1, 1, CURRENT_TIMESTAMP, 0)""").update()).isInstanceOf(DataIntegrityViolationException.class);

        // Now the table holds orders: a next file is written row by row, with everything in place.
        upload(ORDERS, orders().replace("F-A", "F-D").replace("F-B", "F-E"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        assertThat(schemaOf("sales_order")).isEqualTo(schema);
        assertThat(indexId("sales_order_amount_idx"))
                .as("kept up row by row, not built again")
                .isEqualTo(rebuilt);
        assertThat(indexId("sales_order_number_uq")).isEqualTo(numberKeyRebuilt);
    }

    @Test
    void aFirstLoadOfProspectsLeavesTheSchemaAsItWasAndWarnsTheSameDuplicatesAsRowByRow() throws Exception {
        jdbc.sql("TRUNCATE TABLE sales_prospect CASCADE").update();
        List<String> schema = schemaOf("sales_prospect", "sales_prospect_search_term", "sales_prospect_contact");
        assertThat(schema)
                .anyMatch(d -> d.contains("sales_prospect_email_idx"))
                .anyMatch(d -> d.contains("sales_prospect_search_term_pkey PRIMARY KEY (term, prospect_id)"))
                .anyMatch(d -> d.contains("FOREIGN KEY (prospect_id) REFERENCES sales_prospect(id) ON DELETE CASCADE"));
        long termsKey = indexId("sales_prospect_search_term_pkey");
        upload(CUSTOMERS, """
                customer_number,name,kind,email,phone
                F-1,Panadería Núñez,COMPANY,pan@nunez.example,
                """).andExpect(status().isOk());
        String prospects = """
                external_id,name,sector,employees,phone,email,tax_id,campaign,contact_name
                P-1,Alfa,,,,alfa@alfa.example,,,Ana Gil
                P-2,Beta,,,922 555 111,beta@beta.example,,,
                P-3,Alfa otra vez,,,,ALFA@alfa.example,,,
                P-4,Pan y más,,,922 555 111,pan@nunez.example,,,
                P-5,Beta bis,,,+34 922555111,,,,
                """;

        ResultActions first = upload(PROSPECTS, prospects).andExpect(status().isOk());

        assertThat(schemaOf("sales_prospect", "sales_prospect_search_term", "sales_prospect_contact"))
                .isEqualTo(schema);
        assertThat(indexId("sales_prospect_search_term_pkey"))
                .as("the terms' key was built anew")
                .isNotEqualTo(termsKey);
        // A customer outranks an earlier prospect (P-4 has P-2's phone); the others point at the
        // first prospect holding their e-mail or phone, as a row-by-row import says.
        first.andExpect(jsonPath("$.created").value(5))
                .andExpect(jsonPath("$.duplicates").value(3))
                .andExpect(jsonPath("$.warnings[0].line").value(4))
                .andExpect(jsonPath("$.warnings[0].externalId").value("P-3"))
                .andExpect(jsonPath("$.warnings[0].duplicateOf.name").value("Alfa"))
                .andExpect(jsonPath("$.warnings[1].line").value(5))
                .andExpect(jsonPath("$.warnings[1].duplicateOf.type").value("CUSTOMER"))
                .andExpect(jsonPath("$.warnings[2].line").value(6))
                .andExpect(jsonPath("$.warnings[2].duplicateOf.type").value("PROSPECT"))
                .andExpect(jsonPath("$.warnings[2].duplicateOf.name").value("Beta"));
        assertThat(jdbc.sql("""
                        SELECT p.external_id FROM sales_prospect_search_term t
                          JOIN sales_prospect p ON p.id = t.prospect_id WHERE t.term = 'gil'""").query(String.class).list()).containsExactly("P-1");

        // Now the table holds prospects: the same file again is checked row by row, with the same answer.
        upload(PROSPECTS, prospects)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(5))
                .andExpect(jsonPath("$.duplicates").value(3))
                .andExpect(jsonPath("$.warnings[0].line").value(4))
                .andExpect(jsonPath("$.warnings[1].duplicateOf.type").value("CUSTOMER"))
                .andExpect(jsonPath("$.warnings[2].duplicateOf.name").value("Beta"));
        assertThat(indexId("sales_prospect_search_term_pkey")).isNotEqualTo(termsKey);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO sales_prospect_search_term (term, prospect_id) VALUES ('x', -1)")
                        .update())
                .as("the terms' foreign key is back")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aFirstLoadSaysWhenItHasWrittenEveryRowAndIsBuildingTheIndexes() throws Exception {
        assertThat(phases(customers, """
                customer_number,name,kind,email,phone
                F-1,Panadería Núñez,COMPANY,,
                F-2,María José Pérez,PERSON,,
                """)).contains("FINISHING 2");
        assertThat(phases(orders, orders())).contains("FINISHING 3");

        assertThat(phases(customers, """
                customer_number,name,kind,email,phone
                F-3,Librería Ramírez,COMPANY,,
                F-4,Ana Gil,PERSON,,
                """))
                .as("not a first load: nothing is left for the end")
                .noneMatch(p -> p.startsWith("FINISHING"));
    }

    /** The phases an import reported, each with its count where it is the finishing one. */
    private List<String> phases(Object importer, String csv) throws Exception {
        Path file = Files.writeString(Files.createTempFile(files, "import", ".csv"), csv);
        List<String> seen = new ArrayList<>();
        ImportProgress progress =
                (phase, rows) -> seen.add(phase == ImportProgress.Phase.FINISHING ? phase + " " + rows : phase.name());
        if (importer instanceof CustomerImporter customerImporter) {
            customerImporter.importCsv(file, progress);
        } else {
            ((OrderImporter) importer).importCsv(file, progress);
        }
        return seen;
    }

    private long indexId(String index) {
        return jdbc.sql("SELECT CAST(CAST(CAST(:index AS text) AS regclass) AS oid)")
                .param("index", index)
                .query(Long.class)
                .single();
    }

    private static String orders() {
        return """
                customer_number,order_number,order_date,sku,category,quantity,amount
                F-1,F-A,2026-01-15,S1,Café,2,12.50
                F-1,F-A,2026-01-15,S2,Té,1,3.25
                F-2,F-B,2026-02-01,S1,Café,1,6.25
                """;
    }

    /** The definitions of every index and constraint of these tables. */
    private List<String> schemaOf(String... tables) {
        return jdbc.sql("""
                SELECT def FROM (
                    SELECT pg_get_indexdef(indexrelid) AS def FROM pg_index
                     WHERE CAST(CAST(indrelid AS regclass) AS text) IN (:tables)
                    UNION ALL
                    SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                     WHERE CAST(CAST(conrelid AS regclass) AS text) IN (:tables)) d
                 ORDER BY def""")
                .param("tables", List.of(tables))
                .query(String.class)
                .list();
    }

    private ResultActions search(String text) throws Exception {
        return mvc.perform(get("/api/v1/customers").param("q", text).with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isOk());
    }

    private ResultActions upload(String path, String csv) throws Exception {
        return mvc.perform(post(path)
                .with(httpBasic("admin", "admin-test-password"))
                .contentType(CSV)
                .content(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
