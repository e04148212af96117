package org.clientela.retention.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.clientela.platform.HomeCard;
import org.clientela.platform.Trend;
import org.clientela.retention.internal.figures.HomeFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The retention module's cards on the home page and their content (htmx fragments): customers who
 * came back, customers lost, the radar's calls and the concentration warning. Everyone who reads the
 * retention pages (every role) sees them.
 */
@Controller
@RequestMapping("/retention/home")
@PreAuthorize(RetentionRoles.READERS)
class RetentionHomePages {

    private final HomeFigures figures;
    private final Clock clock;

    RetentionHomePages(HomeFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @Bean
    static HomeCard returningHomeCard() {
        return HomeCard.of(
                "returning", "retention.home.returning.title", "/retention/home/returning", 20, HomeCard.everyone());
    }

    @Bean
    static HomeCard lossesHomeCard() {
        return HomeCard.of("losses", "retention.home.losses.title", "/retention/home/losses", 30, HomeCard.everyone());
    }

    @Bean
    static HomeCard callsHomeCard() {
        return HomeCard.of("calls", "retention.home.calls.title", "/retention/home/calls", 40, HomeCard.everyone());
    }

    @Bean
    static HomeCard concentrationHomeCard() {
        return HomeCard.of(
                "concentration",
                "retention.home.concentration.title",
                "/retention/home/concentration",
                70,
                HomeCard.everyone());
    }

    @GetMapping("/returning")
    String returning(Model model) {
        HomeFigures.Returning r = figures.returning(today());
        model.addAttribute("r", r);
        model.addAttribute("trend", Trend.of(r.rate(), r.previousRate(), true));
        return "retention/home :: returning";
    }

    @GetMapping("/losses")
    String losses(Model model) {
        HomeFigures.Losses l = figures.losses(today());
        model.addAttribute("l", l);
        model.addAttribute("month", YearMonth.from(l.period().from()).toString());
        model.addAttribute("trend", Trend.of(l.now().count(), l.before().count(), false));
        return "retention/home :: losses";
    }

    @GetMapping("/calls")
    String calls(Model model) {
        HomeFigures.Calls c = figures.calls(today());
        model.addAttribute("c", c);
        model.addAttribute("trend", Trend.of(c.made(), c.madeBefore(), true));
        return "retention/home :: calls";
    }

    @GetMapping("/concentration")
    String concentration(Model model) {
        HomeFigures.Weight weight = figures.concentration(today());
        model.addAttribute("k", weight.now());
        model.addAttribute("previousShare", weight.previousTop1Share());
        model.addAttribute(
                "trend",
                Trend.of(weight.now().isEmpty() ? null : weight.now().top1Share(), weight.previousTop1Share(), false));
        return "retention/home :: concentration";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
