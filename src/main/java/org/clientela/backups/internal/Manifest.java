package org.clientela.backups.internal;

import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive's {@code manifest.json}: what made it and when, each module's schema version (the last
 * migration recorded in {@code flyway_schema_history_<module>}), and for each table its entry, rows
 * and the SHA-256 of the entry's bytes.
 *
 * @param format             the archive format's version (this is 1)
 * @param applicationVersion the version of Clientela that wrote it
 * @param database           {@code H2} or {@code POSTGRESQL}: where it came from (it restores into either)
 * @param createdAt          the moment of the snapshot, ISO-8601 in UTC
 * @param schema             module → schema version
 * @param tables             the tables, by name
 * @param sequences          the next value of each counter that is not a table's identity column
 */
record Manifest(
        int format,
        String applicationVersion,
        String database,
        String createdAt,
        Map<String, String> schema,
        List<Table> tables,
        Map<String, Long> sequences) {

    static final int FORMAT = 1;
    static final String ENTRY = "manifest.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** One table's entry, e.g. {@code tables/customer.jsonl}. */
    record Table(String name, String entry, long rows, String sha256) {}

    Manifest {
        schema = Map.copyOf(schema);
        tables = List.copyOf(tables);
        sequences = Map.copyOf(sequences);
    }

    static String entryOf(String table) {
        return "tables/" + table + ".jsonl";
    }

    long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    byte[] toJson() {
        return JSON.writeValueAsBytes(this);
    }

    static Manifest fromJson(byte[] json) {
        Manifest manifest;
        try {
            manifest = JSON.readValue(json, Manifest.class);
        } catch (JacksonException e) {
            throw new DamagedArchive("manifest.json is not a manifest: " + e.getOriginalMessage());
        }
        if (manifest.format() != FORMAT) {
            throw new DamagedArchive("manifest.json has format " + manifest.format() + ", not " + FORMAT);
        }
        return manifest;
    }
}
