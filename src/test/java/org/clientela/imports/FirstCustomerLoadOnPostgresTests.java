package org.clientela.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The first load of a business's customers on PostgreSQL: into an empty customer table the import
 * drops the customers' secondary indexes and the search terms' key and index, and builds them again
 * before it commits. This context has a database of its own (so the table starts empty) and takes
 * any file of two rows or more as a first load. What must hold: afterwards the schema is exactly as
 * the migrations made it, every customer is found by what people type, and once the table holds
 * customers a next file keeps the indexes up row by row (updating a customer replaces its terms).
 */
@ApplicationTest
@ExtendWith(PostgresTestDatabase.class)
@TestPropertySource(properties = "clientela.import.first-load-min-rows=2")
class FirstCustomerLoadOnPostgresTests {

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
    void theFirstLoadLeavesTheSchemaAsTheMigrationsMadeItAndEveryCustomerFindable() throws Exception {
        List<String> schema = customersSchema();
        assertThat(schema).anyMatch(d -> d.contains("customer_phone_idx"))
                .anyMatch(d -> d.contains("customer_search_term_pkey PRIMARY KEY (term, customer_id)"))
                .anyMatch(d -> d.contains("customer_search_term_customer_idx"));
        long phoneIndex = indexId("customer_phone_idx");
        long termsKey = indexId("customer_search_term_pkey");
        long termsIndex = indexId("customer_search_term_customer_idx");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single()).isZero();

        upload("""
                customer_number,name,kind,email,phone
                L-1,Panadería Núñez,COMPANY,pan@nunez.example,+34 922 123 456
                L-2,María José Pérez,PERSON,,922-98-76-54
                L-3,<b>Ferretería</b> O'Brien,COMPANY,,
                """).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3));

        assertThat(customersSchema()).isEqualTo(schema);
        assertThat(indexId("customer_phone_idx")).as("the phone index was built anew").isNotEqualTo(phoneIndex);
        assertThat(indexId("customer_search_term_pkey")).as("and so was the terms' key").isNotEqualTo(termsKey);
        long termsIndexRebuilt = indexId("customer_search_term_customer_idx");
        assertThat(termsIndexRebuilt).as("and the terms' index").isNotEqualTo(termsIndex);
        search("123456").andExpect(jsonPath("$.items[0].customerNumber").value("L-1"));
        search("nunez").andExpect(jsonPath("$.items[0].customerNumber").value("L-1"));
        search("jose").andExpect(jsonPath("$.items[0].customerNumber").value("L-2"));
        search("9876").andExpect(jsonPath("$.items[0].customerNumber").value("L-2"));

        // Now the table holds customers: a next file updates one and adds one, row by row.
        upload("""
                customer_number,name,kind,email,phone
                L-2,María José Gómez,PERSON,,922-98-76-54
                L-4,Librería Ramírez,COMPANY,,
                """).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(customersSchema()).isEqualTo(schema);
        assertThat(indexId("customer_search_term_customer_idx")).as("kept up row by row, not built again")
                .isEqualTo(termsIndexRebuilt);
        search("gomez").andExpect(jsonPath("$.items[0].customerNumber").value("L-2"));
        search("perez").andExpect(jsonPath("$.items.length()").value(0));
        search("ramirez").andExpect(jsonPath("$.items[0].customerNumber").value("L-4"));
    }

    private long indexId(String index) {
        return jdbc.sql("SELECT CAST(CAST(CAST(:index AS text) AS regclass) AS oid)").param("index", index)
                .query(Long.class).single();
    }

    /** The definitions of every index and constraint of the customers and their search terms. */
    private List<String> customersSchema() {
        return jdbc.sql("""
                SELECT def FROM (
                    SELECT pg_get_indexdef(indexrelid) AS def FROM pg_index
                     WHERE indrelid IN (CAST('customer' AS regclass), CAST('customer_search_term' AS regclass))
                    UNION ALL
                    SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                     WHERE conrelid IN (CAST('customer' AS regclass), CAST('customer_search_term' AS regclass))) d
                 ORDER BY def""").query(String.class).list();
    }

    private ResultActions search(String text) throws Exception {
        return mvc.perform(get("/api/v1/customers").param("q", text).with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isOk());
    }

    private ResultActions upload(String csv) throws Exception {
        return mvc.perform(post("/api/v1/imports/customers").with(httpBasic("admin", "admin-test-password"))
                .contentType(CSV).content(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
