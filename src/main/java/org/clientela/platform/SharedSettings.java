package org.clientela.platform;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Small key/value settings kept in the database ({@code app_setting}), so that every instance
 * sharing the database sees the same value, e.g. whether the demo business is loaded.
 */
@Component
public class SharedSettings {

    private final JdbcClient jdbc;

    SharedSettings(JdbcClient jdbc) {
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

    /** Sets {@code key} to {@code value}, whether or not it existed. */
    @Transactional
    public void put(String key, String value) {
        jdbc.sql("""
                INSERT INTO app_setting (setting_key, setting_value) VALUES (:key, :value)
                ON CONFLICT (setting_key) DO UPDATE SET setting_value = EXCLUDED.setting_value""")
                .param("key", key)
                .param("value", value)
                .update();
    }

    /**
     * Sets {@code key} only if no instance has set it yet. On PostgreSQL a concurrent caller waits
     * for the first one's transaction and then gets {@code false}: a claim only one instance wins.
     *
     * @return whether this call set it
     */
    @Transactional
    public boolean putIfAbsent(String key, String value) {
        return jdbc.sql("""
                INSERT INTO app_setting (setting_key, setting_value) VALUES (:key, :value)
                ON CONFLICT (setting_key) DO NOTHING""")
                .param("key", key)
                .param("value", value)
                .update() == 1;
    }

    /** Forgets {@code key}. */
    @Transactional
    public void remove(String key) {
        jdbc.sql("DELETE FROM app_setting WHERE setting_key = :key").param("key", key).update();
    }
}
