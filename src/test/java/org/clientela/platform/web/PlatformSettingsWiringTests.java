package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.Formats;
import org.clientela.platform.SettingsStore;
import org.clientela.support.ApplicationTest;
import org.clientela.support.SettingsResets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The business's time zone and currency take effect at once, and a change by another instance too. */
@ApplicationTest
class PlatformSettingsWiringTests {

    @Autowired
    SettingsStore store;

    @Autowired
    Clock clock;

    @Autowired
    Formats formats;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheDefaults() {
        SettingsResets.reset(jdbc);
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theTimeZoneDecidesWhatTodayIsAndTheTimesOnThePages() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Atlantic/Canary"));
        Instant instant = Instant.parse("2026-12-06T23:30:00Z");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(formats.date(instant)).isEqualTo("6 dic 2026");

        store.update(store.view().version(), Map.of(BusinessSettings.TIME_ZONE, "Pacific/Kiritimati"));

        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Pacific/Kiritimati"));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now(ZoneId.of("Pacific/Kiritimati")));
        assertThat(formats.date(instant)).isEqualTo("7 dic 2026");
    }

    @Test
    void theCurrencyIsTheOneOfAmountsThatDoNotNameOne() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.money(new BigDecimal("12.50"), null)).isEqualTo("€12.50");

        store.update(store.view().version(), Map.of(BusinessSettings.CURRENCY, "gbp"));

        assertThat(store.currency().getCurrencyCode()).isEqualTo("GBP");
        assertThat(formats.money(new BigDecimal("12.50"), null)).isEqualTo("£12.50");
        assertThat(formats.money(new BigDecimal("12.50"), "EUR")).isEqualTo("€12.50");
    }

    @Test
    void aChangeSavedByAnotherInstanceIsSeenAtTheNextRead() {
        assertThat(store.value(BusinessSettings.CURRENCY)).isEqualTo("EUR");
        // What another instance's save leaves in the shared database: a row and a new version.
        jdbc.sql("""
                INSERT INTO business_setting (setting_key, setting_value, changed_at, changed_by)
                VALUES ('business.currency', 'CHF', CURRENT_TIMESTAMP, 'other')""").update();
        jdbc.sql("UPDATE business_settings_version SET version = version + 1 WHERE id = 1")
                .update();

        assertThat(store.value(BusinessSettings.CURRENCY)).isEqualTo("CHF");
    }
}
