package org.clientela.retention.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clientela.retention.LossReason;
import org.clientela.retention.internal.figures.ThreeQuestions;
import org.clientela.retention.internal.losses.Concentration;
import org.clientela.retention.internal.losses.ConcentrationReport;
import org.clientela.retention.internal.losses.LossFigures;
import org.clientela.retention.internal.losses.LossList;
import org.clientela.retention.internal.losses.PresumedLost;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The retention dashboards: the three questions (the module's landing page), the lost-customer
 * register behind every number on it, and concentration risk.
 */
@Controller
@RequestMapping("/retention")
@PreAuthorize(RetentionRoles.READERS)
class RetentionPages {

    private static final int PAGE_SIZE = 25;

    private final ThreeQuestions questions;
    private final LossList list;
    private final ConcentrationReport concentration;
    private final PresumedLost presumed;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    RetentionPages(
            ThreeQuestions questions,
            LossList list,
            ConcentrationReport concentration,
            PresumedLost presumed,
            MessageSource messages,
            JsonMapper json,
            Clock clock) {
        this.questions = questions;
        this.list = list;
        this.concentration = concentration;
        this.presumed = presumed;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(RetentionRoles.READERS)
    String questions(Model model) {
        LocalDate today = LocalDate.now(clock);
        ThreeQuestions.Answers answers = questions.answer(today);
        LossFigures losses = answers.losses();
        model.addAttribute("answers", answers);
        model.addAttribute("losses", losses);
        model.addAttribute("modelFitted", presumed.modelFitted());
        model.addAttribute("unavoidableReasons", LossReason.ofGroup(false));
        model.addAttribute("avoidableReasons", LossReason.ofGroup(true));
        Locale locale = LocaleContextHolder.getLocale();
        List<String> monthLabels = losses.byMonth().stream()
                .map(m -> monthLabel(m.month(), locale))
                .toList();
        model.addAttribute(
                "monthChart",
                json.writeValueAsString(new Chart(
                        "bar",
                        monthLabels,
                        List.of(new Series(
                                text("retention.questions.chart.lost"),
                                losses.byMonth().stream()
                                        .map(m -> (double) m.count())
                                        .toList())),
                        losses.byMonth().stream()
                                .map(m -> "/retention/losses?month=" + m.month())
                                .toList())));
        List<LossReason> reasons = List.of(LossReason.values());
        model.addAttribute(
                "reasonChart",
                json.writeValueAsString(new Chart(
                        "bar",
                        reasons.stream().map(r -> text("retention.reason." + r)).toList(),
                        List.of(new Series(
                                text("retention.questions.chart.lost"),
                                reasons.stream()
                                        .map(r -> (double)
                                                losses.byReason().get(r).count())
                                        .toList())),
                        reasons.stream()
                                .map(r -> "/retention/losses?reason=" + r)
                                .toList())));
        List<Series> cohortSeries = new ArrayList<>();
        for (ThreeQuestions.Cohort c : answers.cohorts()) {
            if (c.customers() > 0) {
                cohortSeries.add(new Series(
                        text("retention.cohort.label", c.year(), c.number()),
                        c.still().stream().map(s -> Math.round(s * 1000) / 10.0).toList()));
            }
        }
        List<String> later = new ArrayList<>();
        for (int k = 0; k < answers.cohorts().size(); k++) {
            later.add(text("retention.cohort.quarter", k));
        }
        model.addAttribute("cohortChart", json.writeValueAsString(new Chart("line", later, cohortSeries, List.of())));
        return "retention/questions";
    }

    @GetMapping("/losses")
    @PreAuthorize(RetentionRoles.READERS)
    String losses(
            @RequestParam(required = false) String month,
            @RequestParam(required = false) LossReason reason,
            @RequestParam(required = false) Boolean avoidable,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "STANDING") LossList.Filter.State state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int candidatesPage,
            Model model) {
        YearMonth chosen = null;
        if (month != null && !month.isBlank()) {
            try {
                chosen = YearMonth.parse(month.strip());
            } catch (DateTimeParseException ex) {
                model.addAttribute("monthError", true);
            }
        }
        LossList.Filter filter = new LossList.Filter(chosen, from, to, reason, avoidable, state);
        model.addAttribute("filter", filter);
        model.addAttribute("monthLabel", chosen == null ? null : monthLabel(chosen, LocaleContextHolder.getLocale()));
        model.addAttribute("reasons", LossReason.values());
        model.addAttribute("states", LossList.Filter.State.values());
        model.addAttribute("results", list.page(filter, Math.max(0, page), PAGE_SIZE));
        model.addAttribute(
                "filtered",
                chosen != null
                        || from != null
                        || to != null
                        || reason != null
                        || avoidable != null
                        || state != LossList.Filter.State.STANDING);
        model.addAttribute("modelFitted", presumed.modelFitted());
        model.addAttribute("refreshedOn", presumed.refreshedOn().orElse(null));
        model.addAttribute("threshold", presumed.threshold());
        model.addAttribute("candidates", presumed.page(Math.max(0, candidatesPage), PAGE_SIZE));
        model.addAttribute("unavoidable", LossReason.ofGroup(false));
        model.addAttribute("avoidableReasons", LossReason.ofGroup(true));
        return "retention/losses";
    }

    /** Scores every customer again with the latest model fit. */
    @PostMapping("/losses/presumed/refresh")
    @PreAuthorize(RetentionRoles.WRITERS)
    String refreshPresumed(RedirectAttributes redirect) {
        presumed.refresh();
        redirect.addFlashAttribute("flash", "retention.presumed.refreshed");
        return "redirect:/retention/losses#presumed";
    }

    @GetMapping("/concentration")
    @PreAuthorize(RetentionRoles.READERS)
    String concentration(Model model) {
        Concentration c = concentration.lastYear(LocalDate.now(clock));
        model.addAttribute("c", c);
        List<String> labels = new ArrayList<>(c.biggest().stream()
                .map(b -> b.blocked()
                        ? text("retention.blocked.customer")
                        : b.customer().name())
                .toList());
        List<Double> shares = new ArrayList<>(c.biggest().stream()
                .map(b -> Math.round(b.share() * 1000) / 10.0)
                .toList());
        List<String> links = new ArrayList<>(c.biggest().stream()
                .map(b -> b.blocked()
                        ? "/retention/concentration"
                        : "/customers/" + b.customer().id())
                .toList());
        model.addAttribute(
                "shareChart",
                json.writeValueAsString(new Chart(
                        "bar",
                        labels,
                        List.of(new Series(text("retention.concentration.chart.share"), shares)),
                        links)));
        return "retention/concentration";
    }

    /** What the chart script draws: labels, one or more series, and where each bar leads. */
    record Chart(String kind, List<String> labels, List<Series> series, List<String> links) {}

    record Series(String label, List<Double> values) {}

    private static String monthLabel(YearMonth month, Locale locale) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
