package org.clientela.service.internal.publicpromises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.InvalidInputException;
import org.clientela.service.internal.ServiceSettingGroups;
import org.clientela.service.internal.cases.Channel;
import org.clientela.service.internal.responsetimes.ResponseTimeSettings;
import org.clientela.service.internal.responsetimes.ResponseTimes;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * When an occurrence keeps a public promise, the share and percentiles from counts, the
 * verdict's words in Spanish and English, and no figures at all when there is too little data.
 */
class PublicPromiseRulesTests {

    private static final ZoneId CANARY = ZoneId.of("Atlantic/Canary");
    private static final LocalDate FROM = LocalDate.of(2026, 9, 2);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(CANARY).toInstant();
    }

    private static PublicPromiseMeter meter(Instant now) {
        var shared = BusinessSettings.of(Map.of(
                BusinessSettings.TIME_ZONE,
                CANARY.getId(),
                BusinessSettings.CURRENCY,
                "EUR",
                ServiceSettingGroups.OPENING_HOURS,
                "MON-FRI 09:00-18:00",
                ServiceSettingGroups.HOLIDAYS,
                "2026-12-08"));
        var responseSettings =
                new ResponseTimeSettings("MON-FRI 09:00-18:00", List.of(LocalDate.of(2026, 12, 8)), 0.25);
        Clock clock = Clock.fixed(now, CANARY);
        var times = new ResponseTimes(null, responseSettings, shared, clock, null);
        return new PublicPromiseMeter(null, null, null, times, shared, new PublicPromiseSettings(90, 20), clock);
    }

    private static PublicPromise promise(
            PublicPromiseKind kind, Integer amount, TargetUnit unit, String hours, Set<PublishedIn> where) {
        return new PublicPromise(1, kind, "statement", amount, unit, hours, null, where, true, "ana", Instant.EPOCH, 0);
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages/service");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static String words(Measurement m, String language) {
        return new VerdictWords(messages()).write(m.verdict(), Locale.forLanguageTag(language));
    }

    @Test
    void aCallBackWithinFourWorkingHoursIsKeptAndOneAfterIsBroken() {
        PublicPromiseMeter meter = meter(at("2026-12-01T12:00"));
        PublicPromise p = promise(PublicPromiseKind.CALL_BACK_TIME, 4, TargetUnit.WORKING_HOURS, null, Set.of());
        OccurrenceCounts tally = new OccurrenceCounts(60);
        Instant friday16 = at("2026-11-27T16:00");
        // Friday 16:00 + 4 working hours = Monday 11:00: the weekend does not count.
        meter.judge(tally, p, friday16, at("2026-11-30T11:00"), at("2026-12-01T12:00"));
        assertThat(tally.kept()).isEqualTo(1);
        meter.judge(tally, p, friday16, at("2026-11-30T11:01"), at("2026-12-01T12:00"));
        assertThat(tally.kept()).isEqualTo(1);
        assertThat(tally.measured()).isEqualTo(2);
        // Two hours on Friday, two on Monday: 240 opening minutes, four working hours.
        assertThat(tally.quantile(0.5)).isEqualTo(4.0);
    }

    @Test
    void anAnswerNeverGivenIsBrokenOnceThePromiseHasPassedAndNotJudgedBefore() {
        PublicPromiseMeter meter = meter(at("2026-12-01T12:00"));
        PublicPromise p = promise(PublicPromiseKind.FIRST_RESPONSE, 1, TargetUnit.WORKING_DAYS, null, Set.of());
        OccurrenceCounts tally = new OccurrenceCounts(1);
        meter.judge(tally, p, at("2026-12-01T10:00"), null, at("2026-12-01T12:00"));
        assertThat(tally.measured()).isZero();
        assertThat(tally.notMeasured()).isEqualTo(1);
        meter.judge(tally, p, at("2026-11-26T10:00"), null, at("2026-12-01T12:00"));
        assertThat(tally.measured()).isEqualTo(1);
        assertThat(tally.kept()).isZero();
        // Thursday 10:00 to the next Tuesday 12:00: more than 3 working days (Tuesday 10:00), within 4.
        assertThat(tally.quantile(1)).isEqualTo(4.0);
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        PublicPromiseMeter meter = meter(at("2026-12-01T12:00"));
        assertThat(meter.workingDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30)))
                .isEqualTo(1);
        // Monday 7 December to Wednesday 9: Tuesday 8 is a holiday.
        assertThat(meter.workingDaysBetween(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9)))
                .isEqualTo(1);
        assertThat(meter.workingDaysBetween(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7)))
                .isZero();
    }

    @Test
    void sharesAndPercentilesComeFromCountsByTheNearestRank() {
        OccurrenceCounts tally = new OccurrenceCounts(1);
        tally.add(2, 18, true);
        tally.add(3, 2, true);
        tally.add(8, 5, false);
        assertThat(tally.measured()).isEqualTo(25);
        assertThat(tally.keptPercent()).isEqualTo(80);
        assertThat(tally.quantile(0.5)).isEqualTo(2.0);
        assertThat(tally.quantile(0.8)).isEqualTo(3.0);
        assertThat(tally.quantile(0.9)).isEqualTo(8.0);
        assertThat(new OccurrenceCounts(1).quantile(0.5)).isNull();
        assertThat(new OccurrenceCounts(1).keptPercent()).isNull();
    }

    @Test
    void aDeliveryPromiseMostlyKeptSaysTheNumbersAndWhatToDoToday() {
        OccurrenceCounts tally = new OccurrenceCounts(1);
        tally.add(2, 300, true);
        tally.add(3, 60, true);
        tally.add(7, 50, false);
        tally.skip(12);
        PublicPromise p = promise(
                PublicPromiseKind.DELIVERY_TIME,
                3,
                TargetUnit.DAYS,
                null,
                EnumSet.of(PublishedIn.WEB, PublishedIn.CATALOGUE));
        Measurement m = VerdictRules.measured(p, FROM, TO, tally, 20, null);
        assertThat(m.enoughData()).isTrue();
        assertThat(m.keptPercent()).isEqualTo(88);
        assertThat(m.verdict().category()).isEqualTo(PublicPromiseVerdict.Category.MOSTLY);
        assertThat(words(m, "es"))
                .isEqualTo("Prometemos entregar en 3 días; el 88 % de los 410 pedidos llegó a "
                        + "tiempo; la mitad tardó 2 días o menos y el 90 %, 7 días o menos. No se cuentan 12 pedidos sin "
                        + "fecha de entrega. Revisa hoy los 50 pedidos que llegaron tarde y qué tienen en común "
                        + "(transportista, zona, producto) antes de que alguien se queje.");
        assertThat(words(m, "en"))
                .startsWith("We promise delivery within 3 days; 88 % of the 410 orders arrived in "
                        + "time; half took 2 days or less and 90 %, 7 days or less.")
                .endsWith("Today, look at the 50 orders that arrived late and what they have in common (carrier, "
                        + "area, product) before someone complains.");
    }

    @Test
    void aBrokenPromiseSuggestsWhatNinetyPercentAchieveWhereItIsPublished() {
        OccurrenceCounts tally = new OccurrenceCounts(1);
        tally.add(1, 10, true);
        tally.add(5, 15, false);
        PublicPromise p = promise(
                PublicPromiseKind.DELIVERY_TIME,
                1,
                TargetUnit.DAYS,
                null,
                EnumSet.of(PublishedIn.WEB, PublishedIn.SHOP_WINDOW));
        Measurement m = VerdictRules.measured(p, FROM, TO, tally, 20, null);
        assertThat(m.verdict().category()).isEqualTo(PublicPromiseVerdict.Category.BROKEN);
        assertThat(words(m, "es"))
                .startsWith("Prometemos entregar en 1 día; el 40 % de los 25 pedidos")
                .endsWith("cambia hoy lo publicado en la web y el escaparate a 5 días, que sí cumple el 90 %, o "
                        + "acorta el plazo real.");
        assertThat(words(m, "en")).contains("change what the website and the shop window says to 5 days");
    }

    @Test
    void aPromiseKeptByNearlyAllSaysSoInBothLanguages() {
        OccurrenceCounts tally = new OccurrenceCounts(60);
        tally.add(90, 40, true);
        PublicPromise p = promise(PublicPromiseKind.CALL_BACK_TIME, 4, TargetUnit.HOURS, null, Set.of());
        Measurement m = VerdictRules.measured(p, FROM, TO, tally, 20, null);
        assertThat(m.verdict().category()).isEqualTo(PublicPromiseVerdict.Category.KEPT);
        assertThat(m.median()).isEqualTo(1.5);
        assertThat(words(m, "es"))
                .contains("el 100 % de las 40 llamadas prometidas se hizo a tiempo")
                .contains("la mitad, en 1,5 horas o menos")
                .endsWith("recuérdalo en donde la anuncias y vuelve a " + "mirarlo el mes que viene.");
        assertThat(words(m, "en")).contains("half within 1.5 hours").contains("Kept:");
    }

    @Test
    void tooLittleDataGivesNoFiguresAndSaysWhatToRecord() {
        OccurrenceCounts tally = new OccurrenceCounts(1);
        tally.add(9, 7, false);
        PublicPromise p = promise(PublicPromiseKind.DELIVERY_TIME, 3, TargetUnit.DAYS, null, Set.of());
        Measurement m = VerdictRules.measured(p, FROM, TO, tally, 20, null);
        assertThat(m.enoughData()).isFalse();
        assertThat(m.keptPercent()).isNull();
        assertThat(m.median()).isNull();
        assertThat(m.p90()).isNull();
        assertThat(m.verdict().category()).isEqualTo(PublicPromiseVerdict.Category.TOO_LITTLE_DATA);
        assertThat(words(m, "es"))
                .isEqualTo("Aún no se puede juzgar: en estos 90 días hay 7 pedidos con fecha de "
                        + "entrega y hacen falta al menos 20; con tan pocos no damos cifras. Hoy: registra la fecha de "
                        + "entrega de cada pedido (columna delivered_date de la importación).")
                .doesNotContain("%");
        assertThat(words(m, "en")).startsWith("Too early to judge: in these 90 days 7 orders have a delivery date");
    }

    @Test
    void openingHoursAreJudgedByTheShareOfContactsWhileClosedAndNameTheBusiestClosedHour() {
        OccurrenceCounts tally = new OccurrenceCounts(1);
        tally.add(0, 70, true);
        tally.add(0, 30, false);
        PublicPromise p = promise(
                PublicPromiseKind.OPENING_HOURS,
                null,
                null,
                "MON-FRI 09:00-18:00",
                EnumSet.of(PublishedIn.SHOP_WINDOW));
        Measurement m = VerdictRules.measured(p, FROM, TO, tally, 20, new BusiestHour(DayOfWeek.SATURDAY, 10, 12));
        assertThat(m.verdict().category()).isEqualTo(PublicPromiseVerdict.Category.BROKEN);
        assertThat(m.median()).isNull();
        assertThat(words(m, "es"))
                .isEqualTo("Abrimos MON-FRI 09:00-18:00; el 30 % de los 100 contactos llegó "
                        + "fuera de ese horario. La franja cerrada con más contactos es el sábado de 10:00 a 11:00 (12 "
                        + "contactos). «Nunca está abierto cuando lo necesito»: prueba a atender esa franja (abrir o coger "
                        + "el teléfono) y anúncialo en el escaparate.");
        assertThat(words(m, "en"))
                .contains("30 % of the 100 contacts arrived outside those hours")
                .contains("is Saturday from 10:00 to 11:00 (12 contacts)");
    }

    @Test
    void theRegisterRefusesTargetsItCannotMeasure() {
        assertThatThrownBy(() -> PublicPromises.check(new PublicPromises.Draft(
                        PublicPromiseKind.DELIVERY_TIME,
                        "Entrega en 24 h",
                        24,
                        TargetUnit.HOURS,
                        null,
                        null,
                        Set.of(),
                        true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(org.clientela.platform.InputError::field)
                                .containsExactly("targetUnit"));
        assertThatThrownBy(() -> PublicPromises.check(new PublicPromises.Draft(
                        PublicPromiseKind.OPENING_HOURS,
                        " ",
                        null,
                        null,
                        "todos los días",
                        Channel.EMAIL,
                        Set.of(),
                        true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(org.clientela.platform.InputError::field)
                                .containsExactly("statement", "openingHours", "channel"));
        PublicPromises.check(new PublicPromises.Draft(
                PublicPromiseKind.FIRST_RESPONSE,
                "Respondemos en 1 día",
                1,
                TargetUnit.WORKING_DAYS,
                null,
                Channel.EMAIL,
                Set.of(PublishedIn.WEB),
                null));
    }
}
