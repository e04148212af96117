package org.clientela.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts the settings page back to application.properties, for tests that share an application. */
public final class SettingsResets {

    private SettingsResets() {}

    public static void reset(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM business_setting").update();
        // A new version, so that every instance reads the settings again.
        jdbc.sql("UPDATE business_settings_version SET version = version + 1 WHERE id = 1")
                .update();
    }
}
