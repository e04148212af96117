package org.clientela.retention.internal.figures;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.clientela.platform.ExclusiveRuns;
import org.clientela.retention.internal.losses.ConcentrationReport;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Shortly after midnight one instance computes the day's figures over the whole order book
 * (concentration, repeat buying, cohorts, the home page's cards), so the first person to open the dashboards does not
 * wait for them. An import during the day makes the next look compute them again.
 */
@Component
class NightlyFigures {

    private final ExclusiveRuns runs;
    private final ConcentrationReport concentration;
    private final ThreeQuestions questions;
    private final HomeFigures home;
    private final Clock clock;

    NightlyFigures(
            ExclusiveRuns runs,
            ConcentrationReport concentration,
            ThreeQuestions questions,
            HomeFigures home,
            Clock clock) {
        this.runs = runs;
        this.home = home;
        this.concentration = concentration;
        this.questions = questions;
        this.clock = clock;
    }

    @Scheduled(cron = "${clientela.retention.figures-cron:0 15 0 * * *}", zone = "${clientela.time-zone}")
    void computeAhead() {
        runs.runExclusively("retention.figures", Duration.ofHours(2), () -> {
            LocalDate today = LocalDate.now(clock);
            concentration.lastYear(today);
            questions.answer(today);
            home.concentration(today);
            home.returning(today);
        });
    }
}
