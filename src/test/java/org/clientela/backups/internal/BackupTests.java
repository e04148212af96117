package org.clientela.backups.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.clientela.customers.CustomerFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup holds every table of the business with its rows and checksums, leaves out what describes
 * the server rather than the business, and sees one moment of the database while writes go on (H2
 * and PostgreSQL twins).
 */
abstract class BackupTests {

    @Autowired
    Backups backups;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BeanFactory beans;

    final String marker = "b" + UUID.randomUUID().toString().substring(0, 8);

    abstract String databaseKind();

    @AfterEach
    void noMoreHook() {
        backups.onTableWritten(null);
    }

    @Test
    void theArchiveHoldsEveryTableWithItsRowsAndChecksums() throws Exception {
        new CustomerFixtures(beans).person("Ñandú \"Copia\" " + marker);

        BackupRecord backup = backups.backUp(BackupReason.MANUAL);

        try (ZipFile zip = new ZipFile(backups.archive(backup.id()).toFile())) {
            Manifest manifest = Manifest.fromJson(
                    zip.getInputStream(zip.getEntry(Manifest.ENTRY)).readAllBytes());
            assertThat(manifest.database()).isEqualTo(databaseKind());
            assertThat(manifest.schema()).containsKeys("platform", "customers", "orders", "service", "backups");
            assertThat(manifest.sequences()).containsKey("customer_number_seq");
            Set<String> names = new HashSet<>();
            manifest.tables().forEach(t -> names.add(t.name()));
            assertThat(names).contains("customer", "app_user", "sales_order", "order_line", "service_case");
            assertThat(names)
                    .as("what describes this server, not the business")
                    .doesNotContain(
                            "spring_session",
                            "spring_session_attributes",
                            "exclusive_run",
                            "sign_in_address",
                            "backup",
                            "flyway_schema_history_platform");
            Set<String> entries = new HashSet<>();
            zip.stream().forEach(e -> entries.add(e.getName()));
            assertThat(entries).hasSize(manifest.tables().size() + 1);
            long total = 0;
            for (Manifest.Table table : manifest.tables()) {
                assertThat(entries).contains(table.entry());
                byte[] bytes = zip.getInputStream(zip.getEntry(table.entry())).readAllBytes();
                assertThat(HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                        .as(table.name())
                        .isEqualTo(table.sha256());
                assertThat(lines(zip.getInputStream(zip.getEntry(table.entry()))) - 1)
                        .as(table.name())
                        .isEqualTo(table.rows())
                        .isEqualTo(count(table.name()));
                total += table.rows();
            }
            assertThat(backup.rows()).isEqualTo(total);
            String customers = new String(
                    zip.getInputStream(zip.getEntry("tables/customer.jsonl")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(customers)
                    .startsWith("{\"table\":\"customer\",\"columns\":[{\"name\":\"id\",\"type\":\"BIGINT\"}");
            assertThat(customers).contains("\"Ñandú \\\"Copia\\\" " + marker + "\"");
        }
    }

    @Test
    void aWriteCommittedWhileTheBackupRunsIsWhollyOutOfIt() throws Exception {
        CustomerFixtures customers = new CustomerFixtures(beans);
        long before = count("customer");
        long auditBefore = count("audit_entry");
        backups.onTableWritten((table, rows) -> {
            // Written after the first tables were read and before customer and audit_entry are.
            if (table.equals("app_user")) {
                customers.person("Llegó tarde " + marker);
            }
        });

        BackupRecord backup = backups.backUp(BackupReason.MANUAL);

        assertThat(count("customer")).isEqualTo(before + 1);
        try (ZipFile zip = new ZipFile(backups.archive(backup.id()).toFile())) {
            Manifest manifest = Manifest.fromJson(
                    zip.getInputStream(zip.getEntry(Manifest.ENTRY)).readAllBytes());
            assertThat(manifest.table("customer").rows()).isEqualTo(before);
            assertThat(manifest.table("audit_entry").rows()).isEqualTo(auditBefore);
            String dumped = new String(
                    zip.getInputStream(zip.getEntry("tables/customer.jsonl")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(dumped).doesNotContain("Llegó tarde " + marker);
        }
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + DatabaseKind.quote(table))
                .query(Long.class)
                .single();
    }

    static long lines(InputStream in) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().count();
        }
    }
}
