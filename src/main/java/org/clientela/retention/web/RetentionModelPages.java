package org.clientela.retention.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.retention.internal.fits.ModelChecking;
import org.clientela.retention.internal.fits.ModelFitting;
import org.clientela.retention.internal.fits.ModelSettings;
import org.clientela.retention.internal.fits.StoredCheck;
import org.clientela.retention.internal.model.HoldoutCheck;
import org.clientela.retention.internal.model.TrackingCurve;
import org.clientela.retention.internal.radar.RetentionRadar;
import org.clientela.retention.internal.risk.RankingCheck;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The model page ({@code /retention/model}, tab "model"): the newest fit in plain words, a button
 * to fit it now, and the calibration/holdout check on two dates with its charts (by past repeat
 * purchases, and the weekly tracking curve drawn as SVG by {@link TrackingChart}). Fitting and checking are for
 * ADMIN and MANAGER; everybody reads.
 */
@Controller
@RequestMapping("/retention/model")
class RetentionModelPages {

    private static final String VIEW = "retention/model";
    private static final String REDIRECT = "redirect:/retention/model";

    private final ModelFitting fitting;
    private final ModelChecking checking;
    private final ModelCheckWords checkWords;
    private final ModelSettings settings;
    private final MessageSource messages;
    private final JsonMapper json;
    private final RankingCheck rankingCheck;
    private final RetentionRadar radar;

    RetentionModelPages(
            ModelFitting fitting,
            ModelChecking checking,
            ModelCheckWords checkWords,
            ModelSettings settings,
            MessageSource messages,
            JsonMapper json,
            RankingCheck rankingCheck,
            RetentionRadar radar) {
        this.rankingCheck = rankingCheck;
        this.radar = radar;
        this.fitting = fitting;
        this.checking = checking;
        this.checkWords = checkWords;
        this.settings = settings;
        this.messages = messages;
        this.json = json;
    }

    /** The chart's data, read by {@code static/js/retention-model.js}. */
    record ChartData(List<String> labels, List<Double> predicted, List<Double> actual) {}

    @GetMapping
    @PreAuthorize(RetentionModelApi.READERS)
    String show(Model model) {
        model.addAttribute(
                "explanation", fitting.latest().map(ModelExplanation::of).orElse(null));
        model.addAttribute("settings", settings);
        model.addAttribute("discountPercent", ModelExplanation.percent(settings));
        model.addAttribute("radarRanking", radar.latest().map(r -> r.ranking()).orElse(null));
        StoredCheck check = checking.latest().orElse(null);
        model.addAttribute("check", check);
        if (check != null) {
            model.addAttribute("checkWarnings", checkWords.warnings(check));
            List<TrackingCurve.Week> weekly = check.result().weekly();
            if (!weekly.isEmpty()) {
                int learnt = check.result().calibrationWeeks();
                model.addAttribute("weeklyChart", TrackingChart.weekly(weekly, learnt));
                model.addAttribute("cumulativeChart", TrackingChart.cumulative(weekly, learnt));
                model.addAttribute(
                        "trackingCaption",
                        checkWords.text(
                                "retention.model.check.caption",
                                learnt,
                                Math.round(check.result().predictedTotal()),
                                Math.round(check.result().actualTotal()),
                                weekly.get(weekly.size() - 1).week()));
            }
            List<HoldoutCheck.Group> groups = check.result().groups();
            model.addAttribute(
                    "chart",
                    json.writeValueAsString(new ChartData(
                            groups.stream()
                                    .map(g -> g.repeatPurchases()
                                            + (g.repeatPurchases() == HoldoutCheck.GROUPS ? "+" : ""))
                                    .toList(),
                            groups.stream().map(g -> round(g.predicted())).toList(),
                            groups.stream().map(g -> round(g.actual())).toList())));
        }
        if (!model.containsAttribute("calibrationEnd")) {
            checking.defaultPeriod().ifPresent(period -> {
                model.addAttribute("calibrationEnd", period.calibrationEnd().toString());
                model.addAttribute("holdoutEnd", period.holdoutEnd().toString());
            });
        }
        return VIEW;
    }

    @PostMapping("/fit")
    @PreAuthorize(RetentionModelApi.FITTERS)
    String fit(RedirectAttributes redirect) {
        try {
            fitting.fit(null);
            redirect.addFlashAttribute("flash", "retention.model.fitted");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("fitError", text(e.errors().get(0)));
        }
        return REDIRECT;
    }

    @PostMapping("/check")
    @PreAuthorize(RetentionModelApi.FITTERS)
    String check(
            @RequestParam(defaultValue = "") String calibrationEnd,
            @RequestParam(defaultValue = "") String holdoutEnd,
            RedirectAttributes redirect) {
        try {
            StoredCheck check = checking.check(date("calibrationEnd", calibrationEnd), date("holdoutEnd", holdoutEnd));
            rankingCheck
                    .check(check.fit().calibrationEnd(), check.holdoutEnd())
                    .ifPresent(q -> redirect.addFlashAttribute("rankingQuality", q));
            redirect.addFlashAttribute("flash", "retention.model.checked");
        } catch (InvalidInputException e) {
            InputError error = e.errors().get(0);
            redirect.addFlashAttribute("calibrationEnd", calibrationEnd);
            redirect.addFlashAttribute("holdoutEnd", holdoutEnd);
            redirect.addFlashAttribute(
                    switch (error.field()) {
                        case "calibrationEnd" -> "calibrationEndError";
                        case "holdoutEnd" -> "holdoutEndError";
                        default -> "checkError";
                    },
                    text(error));
        }
        return REDIRECT;
    }

    private static LocalDate date(String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(InputError.field(field, "retention.model.check.notDate", value));
        }
    }

    private String text(InputError error) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(error.messageKey(), error.args(), locale);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
