package org.clientela.backups.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A business moves between the two databases without losing a row or changing a byte: backed up on
 * H2, restored into a new PostgreSQL database, backed up there and restored into a new H2 database,
 * every table has the same rows and the same checksum at every step.
 */
@ApplicationTest
class CrossDatabaseRoundTripTests {

    static final String SERVER =
            System.getenv().getOrDefault("CLIENTELA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getenv().getOrDefault("CLIENTELA_TEST_PG_USER", "postgres");

    @Autowired
    Backups backups;

    @Autowired
    ScratchDatabase scratch;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    BeanFactory beans;

    @TempDir
    Path temp;

    @Test
    void h2ToPostgresToH2GivesTheSameRowsAndChecksums() throws Exception {
        String name = "clientela_roundtrip_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        Assumptions.assumeTrue(createDatabase(name), "PostgreSQL is not available");
        try {
            business();
            Path fromH2 = backups.archive(backups.backUp(BackupReason.MANUAL).id());
            Manifest h2 = new ArchiveEdits(fromH2).manifest();
            assertThat(h2.database()).isEqualTo("H2");

            Path fromPostgres = temp.resolve("from-postgres.zip");
            try (Connection connection = DriverManager.getConnection(SERVER + name, USER, "")) {
                SingleConnectionDataSource postgres = new SingleConnectionDataSource(connection, true);
                scratch.migrate(postgres);
                assertThat(BackupVerifier.differences(fromH2, postgres))
                        .as("H2 → PostgreSQL")
                        .isEmpty();
                try (OutputStream out = Files.newOutputStream(fromPostgres)) {
                    DatabaseKind.POSTGRESQL.beginSnapshot(connection);
                    try {
                        ArchiveWriter.write(connection, "test", Instant.now(), out, (t, r) -> {});
                    } finally {
                        DatabaseKind.POSTGRESQL.endSnapshot(connection);
                    }
                }
            }
            Manifest postgres = new ArchiveEdits(fromPostgres).manifest();
            assertThat(postgres.database()).isEqualTo("POSTGRESQL");
            assertThat(postgres.tables()).isEqualTo(h2.tables());
            assertThat(postgres.sequences()).isEqualTo(h2.sequences());
            assertThat(h2.table("customer").rows()).isGreaterThanOrEqualTo(3);
            assertThat(h2.table("order_line").rows()).isGreaterThanOrEqualTo(3);
            assertThat(h2.table("service_case").rows()).isGreaterThanOrEqualTo(1);

            try (ScratchDatabase.H2 back = scratch.h2(temp.resolve("back"))) {
                assertThat(BackupVerifier.differences(fromPostgres, back.dataSource()))
                        .as("PostgreSQL → H2")
                        .isEmpty();
            }
        } finally {
            dropDatabase(name);
        }
    }

    /** Customers, orders with exact amounts and awkward text, and a complaint with its promise. */
    private void business() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        CustomerFixtures customers = new CustomerFixtures(beans);
        long ana = customers.personWithEmail("Ana Núñez \"la del 3º\" " + marker, "ana." + marker + "@example.es");
        long bea = customers.personWithPhone("Beñat Etxeberria\t" + marker, "+34 600 000 001");
        customers.personWithAddress("Çelik Ltd\nsegunda línea " + marker, "C/ Mayor, 1", "Las Palmas", "35001");
        for (long customer : new long[] {ana, bea}) {
            long order = jdbc.sql("""
                    INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount, line_count,
                                             created_at)
                    VALUES (:number, :customer, DATE '2026-03-01', 'EUR', 1234567.89, 2, :at)""")
                    .param("number", "RT-" + marker + "-" + customer)
                    .param("customer", customer)
                    .param("at", java.sql.Timestamp.from(Instant.parse("2026-03-01T10:15:30.123456Z")))
                    .update();
            long id = jdbc.sql("SELECT id FROM sales_order WHERE order_number = :n")
                    .param("n", "RT-" + marker + "-" + customer)
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                    INSERT INTO order_line (order_id, line_number, description, quantity, amount)
                    VALUES (:id, 1, 'Silla \\ "nórdica"', 1.500, 1234500.00), (:id, 2, NULL, 3, 67.89)""").param("id", id).update();
            assertThat(order).isEqualTo(1);
        }
        String body = mvc.perform(post("/api/v1/cases")
                        .with(httpBasic("admin", "admin-test-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customerId":%d,"type":"COMPLAINT","channel":"PHONE","reason":"NOT_KEPT_INFORMED",
                                 "subject":"Nadie me llama %s","description":"Llamó tres veces"}""".formatted(ana, marker)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(((Number) JsonPath.read(body, "$.id")).longValue()).isPositive();
    }

    private static boolean createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void dropDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // A leftover database with a unique name harms nobody.
        }
    }
}
