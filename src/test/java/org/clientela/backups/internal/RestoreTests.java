package org.clientela.backups.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A restore puts back the business as the archive holds it, after backing up what it replaces, and
 * refuses — changing nothing — a wrong business name, a damaged archive, an entry outside its folder
 * and an archive of a newer or older schema (H2 and PostgreSQL twins).
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
    void refusesAnArchiveOfANewerOrAnOlderSchema() throws Exception {
        Path archive = backups.archive(backups.backUp(BackupReason.MANUAL).id());
        Map<String, String> schema =
                new HashMap<>(new ArchiveEdits(archive).manifest().schema());
        Map<String, String> newer = new HashMap<>(schema);
        newer.put("customers", "999");
        Map<String, String> older = new HashMap<>(schema);
        older.put("service", "1");
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
        assertRefused(
                () -> restores.restore(
                        new ArchiveEdits(archive)
                                .manifest(m -> ArchiveEdits.withSchema(m, older))
                                .write(temp.resolve("older.zip")),
                        "Clientela"),
                BackupRefused.Reason.OLDER_SCHEMA);
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
