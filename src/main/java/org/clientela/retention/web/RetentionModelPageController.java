package org.clientela.retention.web;

import java.util.List;
import java.util.Locale;

import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.retention.internal.ModelFitting;
import org.clientela.retention.internal.ModelSettings;
import org.clientela.retention.internal.StoredCheck;
import org.clientela.retention.internal.model.HoldoutCheck;
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
 * to fit it now, and the calibration/holdout check with its chart. Fitting and checking are for
 * ADMIN and MANAGER; everybody reads.
 */
@Controller
@RequestMapping("/retention/model")
class RetentionModelPageController {

    private static final String VIEW = "retention/model";
    private static final String REDIRECT = "redirect:/retention/model";

    private final ModelFitting fitting;
    private final ModelSettings settings;
    private final MessageSource messages;
    private final JsonMapper json;

    RetentionModelPageController(ModelFitting fitting, ModelSettings settings, MessageSource messages,
            JsonMapper json) {
        this.fitting = fitting;
        this.settings = settings;
        this.messages = messages;
        this.json = json;
    }

    /** The chart's data, read by {@code static/js/retention-model.js}. */
    record ChartData(List<String> labels, List<Double> predicted, List<Double> actual) {
    }

    @GetMapping
    @PreAuthorize(RetentionModelApiController.READERS)
    String show(Model model) {
        model.addAttribute("explanation", fitting.latest().map(ModelExplanation::of).orElse(null));
        model.addAttribute("settings", settings);
        model.addAttribute("discountPercent", ModelExplanation.percent(settings));
        StoredCheck check = fitting.latestCheck().orElse(null);
        model.addAttribute("check", check);
        if (check != null) {
            List<HoldoutCheck.Group> groups = check.result().groups();
            model.addAttribute("chart", json.writeValueAsString(new ChartData(
                    groups.stream().map(g -> g.repeatPurchases() + (g.repeatPurchases() == HoldoutCheck.GROUPS ? "+" : ""))
                            .toList(),
                    groups.stream().map(g -> round(g.predicted())).toList(),
                    groups.stream().map(g -> round(g.actual())).toList())));
        }
        if (!model.containsAttribute("holdoutWeeks")) {
            model.addAttribute("holdoutWeeks", String.valueOf(settings.holdoutWeeks()));
        }
        return VIEW;
    }

    @PostMapping("/fit")
    @PreAuthorize(RetentionModelApiController.FITTERS)
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
    @PreAuthorize(RetentionModelApiController.FITTERS)
    String check(@RequestParam(defaultValue = "") String holdoutWeeks, RedirectAttributes redirect) {
        int weeks;
        try {
            weeks = Integer.parseInt(holdoutWeeks.strip());
        } catch (NumberFormatException e) {
            weeks = -1;
        }
        try {
            fitting.check(weeks);
            redirect.addFlashAttribute("flash", "retention.model.checked");
        } catch (InvalidInputException e) {
            InputError error = e.errors().get(0);
            redirect.addFlashAttribute("holdoutWeeks", holdoutWeeks);
            redirect.addFlashAttribute(error.field().equals("holdoutWeeks") ? "holdoutError" : "checkError",
                    text(error));
        }
        return REDIRECT;
    }

    private String text(InputError error) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(error.messageKey(), error.args(), locale);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
