package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientela.platform.SettingDefinition.Kind;
import org.junit.jupiter.api.Test;

class SettingCheckTests {

    static SettingCheck.Result check(SettingDefinition setting, String value) {
        return SettingCheck.check(setting, value);
    }

    @Test
    void numbersMustBeWithinTheirBoundsAndSharesSpeakInPercent() {
        var calls = SettingDefinition.whole("calls", 10, 1, 500);
        assertThat(check(calls, " 25 ").value()).isEqualTo("25");
        assertThat(check(calls, "2.5").error().messageKey()).isEqualTo("settings.error.whole");
        assertThat(check(calls, "0").error().args()).containsExactly("1", "500");
        var margin = SettingDefinition.share("margin", 0.3, 0, 1);
        assertThat(check(margin, "0,42").value()).isEqualTo("0.42");
        assertThat(check(margin, "1.5").error().messageKey()).isEqualTo("settings.error.share");
        assertThat(check(margin, "1.5").error().args()).containsExactly("0", "100");
        var port = SettingDefinition.of("port", Kind.PORT, "25");
        assertThat(check(port, "587").value()).isEqualTo("587");
        assertThat(check(port, "70000").error()).isNotNull();
    }

    @Test
    void textsAreCheckedForWhatTheyAre() {
        assertThat(check(SettingDefinition.of("z", Kind.TIME_ZONE, "UTC"), "Europe/Madrid")
                        .value())
                .isEqualTo("Europe/Madrid");
        assertThat(check(SettingDefinition.of("z", Kind.TIME_ZONE, "UTC"), "Mars/Olympus")
                        .error())
                .isNotNull();
        assertThat(check(SettingDefinition.of("c", Kind.CURRENCY, "EUR"), "usd").value())
                .isEqualTo("USD");
        assertThat(check(SettingDefinition.of("c", Kind.CURRENCY, "EUR"), "EURO")
                        .error())
                .isNotNull();
        assertThat(check(SettingDefinition.of("e", Kind.EMAIL, "a@b"), "cartas@tienda.es")
                        .value())
                .isEqualTo("cartas@tienda.es");
        assertThat(check(SettingDefinition.of("e", Kind.EMAIL, "a@b"), "nadie").error())
                .isNotNull();
        assertThat(check(SettingDefinition.of("h", Kind.HOST, ""), "smtp.tienda.es")
                        .value())
                .isEqualTo("smtp.tienda.es");
        assertThat(check(SettingDefinition.of("h", Kind.HOST, ""), "smtp tienda")
                        .error())
                .isNotNull();
        assertThat(check(SettingDefinition.of("t", Kind.TEXT, "x"), "a\u0007b")
                        .error()
                        .messageKey())
                .isEqualTo("settings.error.control");
    }

    @Test
    void holidaysAreSortedOnceEachAndHoursWrittenOneWay() {
        var holidays = SettingDefinition.of("d", Kind.DATES, "");
        assertThat(check(holidays, "2027-01-06, 2026-12-25 2026-12-25").value()).isEqualTo("2026-12-25,2027-01-06");
        assertThat(check(holidays, "2026-13-01").error().args()).containsExactly("2026-13-01");
        var hours = SettingDefinition.of("o", Kind.WEEK_HOURS, "MON-FRI 09:00-18:00");
        assertThat(check(hours, "MON 09:00-18:00;TUE 09:00-18:00").value()).isEqualTo("MON-TUE 09:00-18:00");
        assertThat(check(hours, "MON 18:00-09:00").error().messageKey()).isEqualTo("settings.error.hours");
    }

    @Test
    void onlyAServerPasswordUserAndHolidaysMayBeLeftEmpty() {
        assertThat(check(SettingDefinition.of("h", Kind.HOST, "x"), " ").value())
                .isEmpty();
        assertThat(check(SettingDefinition.of("d", Kind.DATES, "x"), "").value())
                .isEmpty();
        assertThat(check(SettingDefinition.of("u", Kind.LOGIN, "x"), "").value())
                .isEmpty();
        assertThat(check(SettingDefinition.of("n", Kind.TEXT, "x"), " ").error().messageKey())
                .isEqualTo("settings.error.required");
        assertThat(check(SettingDefinition.whole("w", 1, 1, 2), "").error().messageKey())
                .isEqualTo("settings.error.required");
    }
}
