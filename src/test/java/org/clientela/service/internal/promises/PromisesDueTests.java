package org.clientela.service.internal.promises;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.clientela.service.PromiseKind;
import org.junit.jupiter.api.Test;

/** "My day": today is the business's today, and tomorrow's promises are never among today's. */
class PromisesDueTests {

    private static final ZoneId CANARY = ZoneId.of("Atlantic/Canary");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final Duration DAY = Duration.ofHours(24);

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private static Promise due(long id, Instant dueAt) {
        return new Promise(
                id,
                null,
                7,
                PromiseKind.CALL_BACK,
                "Llamar",
                "ana",
                PromiseStatus.PENDING,
                dueAt.minus(Duration.ofDays(2)),
                dueAt,
                null,
                null,
                null,
                null);
    }

    @Test
    void anEveningLooksAtTomorrowMorningApartFromToday() {
        Instant evening = at("2026-12-07T20:13", CANARY);
        Promise overdue = due(1, at("2026-12-07T12:00", CANARY));
        Promise tonight = due(2, at("2026-12-07T23:30", CANARY));
        Promise tomorrowMorning = due(3, at("2026-12-08T10:00", CANARY));

        PromisesDue split = PromisesDue.split(List.of(overdue, tonight, tomorrowMorning), evening, CANARY, DAY);

        assertThat(split.today()).containsExactly(overdue, tonight);
        assertThat(split.later()).containsExactly(tomorrowMorning);
        assertThat(split.endOfToday()).isEqualTo(at("2026-12-08T00:00", CANARY));
        assertThat(split.soon()).isEqualTo(at("2026-12-08T20:13", CANARY));
        // The ledger looks as far as the "due soon" hours, and no further.
        assertThat(PromisesDue.horizon(evening, CANARY, DAY)).isEqualTo(at("2026-12-08T20:13", CANARY));
        assertThat(PromisesDue.horizon(evening, CANARY, Duration.ofHours(1))).isEqualTo(split.endOfToday());
    }

    @Test
    void todayIsTheShopsTodayNotTheServers() {
        // 18:00 on Sunday 6 December in Los Angeles is already Monday 7th in UTC (02:00).
        Instant now = at("2026-12-06T18:00", LOS_ANGELES);
        assertThat(now).isEqualTo(Instant.parse("2026-12-07T02:00:00Z"));
        Promise tonight = due(1, at("2026-12-06T22:00", LOS_ANGELES));
        // 02:00 on Monday in Los Angeles: "today" for a server on UTC, tomorrow for the shop.
        Promise mondayNight = due(2, at("2026-12-07T02:00", LOS_ANGELES));

        PromisesDue split = PromisesDue.split(List.of(tonight, mondayNight), now, LOS_ANGELES, DAY);

        assertThat(split.today()).containsExactly(tonight);
        assertThat(split.later()).containsExactly(mondayNight);
        assertThat(PromisesDue.endOfToday(now, LOS_ANGELES)).isEqualTo(at("2026-12-07T00:00", LOS_ANGELES));
        assertThat(PromisesDue.endOfToday(now, ZoneId.of("UTC"))).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
    }

    @Test
    void aPromiseDueAtMidnightIsTomorrows() {
        Instant now = at("2026-12-07T09:00", CANARY);
        Promise midnight = due(1, at("2026-12-08T00:00", CANARY));
        PromisesDue split = PromisesDue.split(List.of(midnight), now, CANARY, DAY);
        assertThat(split.today()).isEmpty();
        assertThat(split.later()).containsExactly(midnight);
    }
}
