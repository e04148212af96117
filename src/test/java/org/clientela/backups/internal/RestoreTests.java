package org.clientela.backups.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.ErasureJournal;
import org.clientela.platform.ExclusiveRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A restore puts back the business as the archive holds it, after backing up what it replaces, and
 * refuses — changing nothing — a wrong business name, a damaged archive, an entry outside its folder
 * and an archive of a newer schema; it brings an archive of an older schema up to date first, and
 * records every restore in the audit log, in the restore's transaction with the erasures applied
 * again (H2 and PostgreSQL twins).
 */
abstract class RestoreTests {

    @Autowired
    Backups backups;

    @Autowired
    Restores restores;

    @Autowired
    BackupRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BeanFactory beans;

    @Autowired
    ScratchDatabase scratch;

    @Autowired
    DataSource dataSource;

    @Autowired
    BusinessSettings settings;

    @Autowired
    ExclusiveRuns runs;

    @Autowired
    ErasureJournal erasures;

    @Autowired
    OlderArchives olderArchives;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path temp;

    final String marker = "r" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void putsBackTheArchivedBusinessAfterBackingUpWhatItReplaces() throws Exception {
        CustomerFixtures customers = new CustomerFixtures(beans);
        long kept = customers.person("Guardada " + marker);
        Path archive = backups.archive(backups.backUp(BackupReason.MANUAL).id());
        Map<String, Long> archived = new ArchiveEdits(archive)
                .manifest().tables().stream()
                        .collect(HashMap::new, (m, t) -> m.put(t.name(), t.rows()), HashMap::putAll);
        long later = customers.person("Posterior " + marker);
        jdbc.sql("UPDATE customer SET name = :name WHERE id = :id")
                .param("name", "Cambiada " + marker)
                .param("id", kept)
                .update();

        Restores.Restored restored = restores.restore(archive, "  clientela ");

        assertThat(restored.rows()).isEqualTo(archived);
        assertThat(name(kept)).isEqualTo("Guardada " + marker);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer WHERE id = :id")
                        .param("id", later)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(records.find(restored.before()).orElseThrow().reason()).isEqualTo(BackupReason.BEFORE_RESTORE);
        assertThat(new ArchiveEdits(backups.archive(restored.before())).entries.get("tables/customer.jsonl"))
                .asString(StandardCharsets.UTF_8)
                .as("the backup taken first holds the data the restore replaced")
                .contains("Posterior " + marker, "Cambiada " + marker);
        long next = customers.person("Después " + marker);
        assertThat(next)
                .as("identity counters moved past the restored ids")
                .isGreaterThan(jdbc.sql("SELECT MAX(id) FROM customer WHERE id <> :id")
                        .param("id", next)
                        .query(Long.class)
                        .single());
    }

    @Test
    void refusesAWrongBusinessName() throws Exception {
        Path archive = backups.archive(backups.backUp(BackupReason.MANUAL).id());

        assertRefused(() -> restores.restore(archive, "Otra empresa"), BackupRefused.Reason.WRONG_BUSINESS);
        assertRefused(() -> restores.restore(archive, null), BackupRefused.Reason.WRONG_BUSINESS);
    }

    @Test
    void refusesADamagedArchiveAndChangesNothing() throws Exception {
        long customer = new CustomerFixtures(beans).person("Intacta " + marker);
        ArchiveEdits edits = new ArchiveEdits(
                backups.archive(backups.backUp(BackupReason.MANUAL).id()));
        long backupsBefore = records.all().size();
        byte[] customers = edits.entries.get("tables/customer.jsonl");
        String changed = new String(customers, StandardCharsets.UTF_8).replace("Intacta", "Alterada");

        Path tampered = new ArchiveEdits(edits.write(temp.resolve("a.zip")))
                .replace("tables/customer.jsonl", changed.getBytes(StandardCharsets.UTF_8), false)
                .write(temp.resolve("tampered.zip"));
        Path noManifest = new ArchiveEdits(tampered).remove(Manifest.ENTRY).write(temp.resolve("nomanifest.zip"));
        Path badJson = new ArchiveEdits(edits.write(temp.resolve("b.zip")))
                .replace(
                        "tables/customer.jsonl",
                        (new String(customers, StandardCharsets.UTF_8) + "[1, \"sin cerrar\n")
                                .getBytes(StandardCharsets.UTF_8),
                        true)
                .write(temp.resolve("badjson.zip"));
        Path notZip = Files.writeString(temp.resolve("not.zip"), "hola");

        assertRefused(() -> restores.restore(tampered, "Clientela"), BackupRefused.Reason.DAMAGED);
        assertRefused(() -> restores.restore(noManifest, "Clientela"), BackupRefused.Reason.DAMAGED);
        assertRefused(() -> restores.restore(badJson, "Clientela"), BackupRefused.Reason.DAMAGED);
        assertRefused(() -> restores.restore(notZip, "Clientela"), BackupRefused.Reason.DAMAGED);
        assertThat(name(customer)).isEqualTo("Intacta " + marker);
        assertThat(records.all().size())
                .as("a malformed row is found only while loading, after the backup taken first; the others before it")
                .isEqualTo(backupsBefore + 1);
    }

    @Test
    void refusesAnEntryOutsideItsFolderOrNotInTheManifest() throws Exception {
        Path archive = backups.archive(backups.backUp(BackupReason.MANUAL).id());

        for (String entry : new String[] {"../evil.txt", "/etc/cron.d/evil", "tables/../../evil.jsonl", "extra.txt"}) {
            Path hostile = new ArchiveEdits(archive)
                    .add(entry, "x".getBytes(StandardCharsets.UTF_8))
                    .write(temp.resolve("hostile-" + Math.abs(entry.hashCode()) + ".zip"));
            assertRefused(() -> restores.restore(hostile, "Clientela"), BackupRefused.Reason.DAMAGED);
        }
    }

    @Test
    void refusesAnArchiveOfANewerSchemaOrOfAModuleItDoesNotKnow() throws Exception {
        Path archive = backups.archive(backups.backUp(BackupReason.MANUAL).id());
        Map<String, String> schema =
                new HashMap<>(new ArchiveEdits(archive).manifest().schema());
        Map<String, String> newer = new HashMap<>(schema);
        newer.put("customers", "999");
        Map<String, String> unknownModule = new HashMap<>(schema);
        unknownModule.put("teleportation", "1");

        assertRefused(
                () -> restores.restore(
                        new ArchiveEdits(archive)
                                .manifest(m -> ArchiveEdits.withSchema(m, newer))
                                .write(temp.resolve("newer.zip")),
                        "Clientela"),
                BackupRefused.Reason.NEWER_SCHEMA);
        assertRefused(
                () -> restores.restore(
                        new ArchiveEdits(archive)
                                .manifest(m -> ArchiveEdits.withSchema(m, unknownModule))
                                .write(temp.resolve("unknown.zip")),
                        "Clientela"),
                BackupRefused.Reason.NEWER_SCHEMA);
    }

    @Test
    void bringsAnArchiveOfAnOlderSchemaUpToDateAndRecordsTheRestoreInTheAuditLog() throws Exception {
        Map<String, String> older = new HashMap<>(new ArchiveEdits(
                        backups.archive(backups.backUp(BackupReason.MANUAL).id()))
                .manifest()
                .schema());
        // Before customers V3 (email_key, tax_key: filled by the migration from the rows) and
        // platform V8 (app_user.must_change_password NOT NULL DEFAULT FALSE).
        older.put("customers", "2");
        older.put("platform", "7");
        Instant taken = Instant.parse("2026-01-15T09:30:00Z");
        Path archive = temp.resolve("older.zip");
        try (ScratchDatabase.H2 h2 = scratch.emptyH2(temp.resolve("older-db"))) {
            scratch.migrate(h2.dataSource(), older);
            JdbcClient old = JdbcClient.create(h2.dataSource());
            old.sql("""
                    INSERT INTO customer (id, customer_number, kind, name, tax_id, email, lifecycle_status, sort_name,
                                          created_at, updated_at)
                    VALUES (41, 'C-41', 'COMPANY', :name, 'es-b12.345.678', '  Antigua@Example.ES ', 'CUSTOMER',
                            'antigua', TIMESTAMP WITH TIME ZONE '2025-05-01 10:00:00+00',
                            TIMESTAMP WITH TIME ZONE '2025-05-01 10:00:00+00')""").param("name", "Antigua " + marker).update();
            old.sql("""
                    INSERT INTO app_user (id, username, password_hash, roles, created_at)
                    VALUES (7, 'antiguo', '{noop}x', 'ADMIN', TIMESTAMP WITH TIME ZONE '2025-05-01 10:00:00+00')""").update();
            try (OutputStream out = Files.newOutputStream(archive);
                    Connection connection = h2.dataSource().getConnection()) {
                Manifest written = ArchiveWriter.write(connection, "0.0.1-older", taken, out, (t, r) -> {});
                assertThat(written.schema()).containsEntry("customers", "2").containsEntry("platform", "7");
                assertThat(written.tables().stream().filter(t -> t.name().equals("customer")))
                        .singleElement()
                        .extracting(Manifest.Table::rows)
                        .isEqualTo(1L);
            }
        }

        Restores.Restored restored = restores.restore(archive, "Clientela");
        try {
            assertThat(restored.migratedFrom()).containsEntry("customers", "2").containsEntry("platform", "7");
            assertThat(restored.archiveCreatedAt()).isEqualTo(taken);
            assertThat(jdbc.sql("SELECT name, email_key, tax_key FROM customer")
                            .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                            .list())
                    .as("the row came back and the later migration filled its new columns")
                    .containsExactly("Antigua " + marker + "|antigua@example.es|B12345678");
            assertThat(jdbc.sql("SELECT username, must_change_password FROM app_user")
                            .query((rs, n) -> rs.getString(1) + "|" + rs.getBoolean(2))
                            .list())
                    .as("a column added later has its default")
                    .containsExactly("antiguo|false");
            assertThat(jdbc.sql("""
                            SELECT entity_type, entity_id, words FROM audit_entry
                             WHERE action = 'BACKUP_RESTORED' ORDER BY id DESC""")
                            .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                            .list())
                    .as("the restore is recorded: which archive, how many rows, where the data before went")
                    .singleElement()
                    .asString()
                    .startsWith("backup|" + restored.before() + "|")
                    .contains(taken.toString(), String.valueOf(restored.totalRows()))
                    .doesNotContain("Antigua", "antiguo");
            assertThat(customersOf(backups.archive(restored.before())))
                    .as("the backup taken first holds the data before")
                    .doesNotContain("Antigua " + marker);
        } finally {
            restores.restore(backups.archive(restored.before()), "Clientela");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer WHERE name = :name")
                        .param("name", "Antigua " + marker)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anAuditEntryThatCannotBeWrittenLeavesTheDataAsItWas() throws Exception {
        CustomerFixtures customers = new CustomerFixtures(beans);
        customers.person("Archivada " + marker);
        Path archive = backups.archive(backups.backUp(BackupReason.MANUAL).id());
        long later = customers.person("Posterior " + marker);
        long entries = restoreEntries();
        AuditLog failing = Mockito.spy(audit);
        Mockito.doThrow(new IllegalStateException("the server stopped before the entry"))
                .when(failing)
                .record(
                        ArgumentMatchers.eq("BACKUP_RESTORED"),
                        ArgumentMatchers.any(),
                        ArgumentMatchers.any(),
                        ArgumentMatchers.any(),
                        ArgumentMatchers.any(),
                        ArgumentMatchers.any(),
                        ArgumentMatchers.any(Object[].class));

        assertThatThrownBy(() -> restoresWith(failing, erasures).restore(archive, "Clientela"))
                .hasMessageContaining("the server stopped before the entry");

        assertThat(customerCount(later))
                .as("the restore and its entry stand or fall together: without the entry nothing was replaced")
                .isOne();
        assertThat(restoreEntries()).isEqualTo(entries);
        assertThat(customers.person("Nueva " + marker))
                .as("the counters moved outside the rolled-back transaction stay past the rows that stayed")
                .isGreaterThan(later);
    }

    @Test
    void anErasureThatCannotBeAppliedAgainLeavesTheDataAsItWas() throws Exception {
        CustomerFixtures customers = new CustomerFixtures(beans);
        long erased = customers.person("Borrable " + marker);
        Path archive = backups.archive(backups.backUp(BackupReason.MANUAL).id());
        long later = customers.person("Posterior " + marker);
        long entries = restoreEntries();
        ErasureJournal failing = new ErasureJournal() {
            @Override
            public List<Erasure> since(Instant moment) {
                return List.of(new Erasure(Long.toString(erased), "customer", Instant.now()));
            }

            @Override
            public void reapply(Erasure erasure) {
                throw new IllegalStateException("the server stopped before the erasure");
            }
        };

        assertThatThrownBy(() -> restoresWith(audit, failing).restore(archive, "Clientela"))
                .hasMessageContaining("the server stopped before the erasure");

        assertThat(customerCount(later))
                .as("an older archive never comes back without the erasures made since")
                .isOne();
        assertThat(restoreEntries()).isEqualTo(entries);
    }

    private Restores restoresWith(AuditLog audit, ErasureJournal erasures) {
        return new Restores(dataSource, backups, settings, runs, erasures, olderArchives, audit, transactions);
    }

    private long restoreEntries() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'BACKUP_RESTORED'")
                .query(Long.class)
                .single();
    }

    private long customerCount(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private static String customersOf(Path archive) throws Exception {
        return new String(new ArchiveEdits(archive).entries.get("tables/customer.jsonl"), StandardCharsets.UTF_8);
    }

    private String name(long customer) {
        return jdbc.sql("SELECT name FROM customer WHERE id = :id")
                .param("id", customer)
                .query(String.class)
                .single();
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable restore, BackupRefused.Reason why) {
        assertThatThrownBy(restore)
                .isInstanceOf(BackupRefused.class)
                .extracting(e -> ((BackupRefused) e).reason())
                .isEqualTo(why);
    }
}
