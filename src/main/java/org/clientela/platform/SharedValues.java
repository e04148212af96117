package org.clientela.platform;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Small key/value facts kept in the database ({@code app_setting}), so that every instance
 * sharing the database sees the same value, e.g. whether the demo business is loaded. Not to be
 * confused with the settings an admin changes ({@link BusinessSettings}) or the ones read from
 * application.properties ({@link ClientelaSettings}).
 */
@Component
public class SharedValues {

    private final JdbcClient jdbc;

    SharedValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The value of {@code key}, if it was ever set. */
    @Transactional(readOnly = true)
    public Optional<String> get(String key) {
        return jdbc.sql("SELECT setting_value FROM app_setting WHERE setting_key = :key")
                .param("key", key)
                .query(String.class)
                .optional();
    }

    /** Whether {@code key} holds {@code true}. */
    @Transactional(readOnly = true)
    public boolean isTrue(String key) {
        return get(key).map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * The value of {@code key}, its row locked until the caller's transaction ends: whoever else
     * sets or locks that key waits. A key that does not exist locks nothing.
     */
    @Transactional
    public Optional<String> getLocked(String key) {
        return jdbc.sql("SELECT setting_value FROM app_setting WHERE setting_key = :key FOR UPDATE")
                .param("key", key)
                .query(String.class)
                .optional();
    }

    /** Sets {@code key} to {@code value}, whether or not it existed. */
    @Transactional
    public void put(String key, String value) {
        int updated = jdbc.sql("UPDATE app_setting SET setting_value = :value WHERE setting_key = :key")
                .param("key", key)
                .param("value", value)
                .update();
        if (updated == 0) {
            add(key, value);
        }
    }

    /**
     * Adds {@code key}, which must not exist yet. As a claim: of several instances adding the same
     * key, the first one's transaction wins; on PostgreSQL the others wait for it to commit and
     * then fail with {@link org.springframework.dao.DuplicateKeyException}.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the key exists
     */
    @Transactional
    public void add(String key, String value) {
        jdbc.sql("INSERT INTO app_setting (setting_key, setting_value) VALUES (:key, :value)")
                .param("key", key)
                .param("value", value)
                .update();
    }

    /** Forgets {@code key}. */
    @Transactional
    public void remove(String key) {
        jdbc.sql("DELETE FROM app_setting WHERE setting_key = :key")
                .param("key", key)
                .update();
    }
}
