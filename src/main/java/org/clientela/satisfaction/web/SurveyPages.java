package org.clientela.satisfaction.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerPanel;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.StateConflict;
import org.clientela.satisfaction.internal.surveys.SurveyAnswers;
import org.clientela.satisfaction.internal.surveys.SurveyFigures;
import org.clientela.satisfaction.internal.surveys.SurveyKind;
import org.clientela.satisfaction.internal.surveys.SurveyMode;
import org.clientela.satisfaction.internal.surveys.SurveyRequest;
import org.clientela.satisfaction.internal.surveys.SurveyStatus;
import org.clientela.satisfaction.internal.surveys.Surveys;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The surveys page: the figures split one way, a form to enter a survey taken on the phone, and the
 * answers, newest first; and the customer page's card with the customer's last answers.
 */
@Controller
class SurveyPages {

    static final String PANEL_PATH = "/satisfaction/panels/surveys/";

    private final SurveyFigures figures;
    private final SurveyAnswers answers;
    private final Surveys surveys;
    private final CustomerDirectory directory;
    private final Clock clock;

    SurveyPages(
            SurveyFigures figures, SurveyAnswers answers, Surveys surveys, CustomerDirectory directory, Clock clock) {
        this.figures = figures;
        this.answers = answers;
        this.surveys = surveys;
        this.directory = directory;
        this.clock = clock;
    }

    @Bean
    static CustomerPanel surveyPanel() {
        return CustomerPanel.of(
                "satisfaction-surveys", "satisfaction.surveys.panel.title", PANEL_PATH, CustomerPanel.Slot.MAIN, 40);
    }

    @GetMapping("/satisfaction/surveys")
    @PreAuthorize(SatisfactionRoles.READERS)
    String page(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "mode") String groupBy,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        SurveyFigures.GroupBy split;
        SurveyFiguresApi.Period period;
        try {
            split = SurveyFigures.GroupBy.parse(groupBy);
            period = SurveyFiguresApi.Period.of(from, to, clock);
        } catch (InvalidInputException ex) {
            split = SurveyFigures.GroupBy.MODE;
            period = SurveyFiguresApi.Period.of(null, null, clock);
            model.addAttribute("badFilter", true);
        }
        model.addAttribute("figures", figures.figures(period.from(), period.to(), split));
        model.addAttribute("groups", List.of(SurveyFigures.GroupBy.values()));
        model.addAttribute("enough", SurveyFigures.ENOUGH_ANSWERS);
        List<SurveyAnswers.Answer> rows = answers.latest(page);
        model.addAttribute("answers", rows.stream().limit(SurveyAnswers.PAGE).toList());
        model.addAttribute("nextPage", rows.size() > SurveyAnswers.PAGE ? page + 1 : null);
        model.addAttribute("page", page);
        model.addAttribute("names", names(rows));
        model.addAttribute("kinds", SurveyKind.values());
        return "satisfaction/surveys";
    }

    /**
     * A survey asked on the phone and answered there and then: the same rules as any other. The
     * customer is named by the number the person sees on the customer's page.
     */
    @PostMapping("/satisfaction/surveys/phone")
    @PreAuthorize(SatisfactionRoles.WORKERS)
    String phone(
            @RequestParam(required = false) String customer,
            @RequestParam(required = false) SurveyKind kind,
            @RequestParam(required = false) Integer score,
            @RequestParam(required = false) String comment,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            String number = customer == null ? "" : customer.strip();
            if (number.isEmpty() || kind == null || score == null) {
                throw new InvalidInputException(InputError.field(
                        number.isEmpty() ? "customer" : kind == null ? "kind" : "score",
                        "satisfaction.surveys.required"));
            }
            Long customerId = directory.idsByNumber(List.of(number)).get(number);
            if (customerId == null) {
                throw new InvalidInputException(
                        InputError.field("customer", "satisfaction.surveys.phone.unknownCustomer", number));
            }
            Surveys.Outcome asked = surveys.ask(
                    new SurveyRequest(customerId, kind, SurveyMode.PHONE, null, null, null),
                    authentication.getName(),
                    false,
                    null);
            if (asked.status() == SurveyStatus.SKIPPED) {
                redirect.addFlashAttribute("phoneSkipped", asked.skipReason());
            } else {
                surveys.answerByPhone(asked.id(), score, comment, authentication.getName());
                redirect.addFlashAttribute("phoneRecorded", asked.id());
            }
        } catch (InvalidInputException ex) {
            InputError error = ex.errors().get(0);
            redirect.addFlashAttribute("phoneError", error);
            redirect.addFlashAttribute("phoneCustomer", customer);
            redirect.addFlashAttribute("phoneKind", kind == null ? null : kind.name());
            redirect.addFlashAttribute("phoneScore", score);
            redirect.addFlashAttribute("phoneComment", comment);
        } catch (StateConflict ex) {
            redirect.addFlashAttribute("phoneConflict", ex.messageKey());
        }
        return "redirect:/satisfaction/surveys";
    }

    @GetMapping(PANEL_PATH + "{customerId}")
    @PreAuthorize(SatisfactionRoles.READERS)
    String panel(@PathVariable long customerId, Model model) {
        model.addAttribute("answers", answers.ofCustomer(customerId, 5));
        model.addAttribute("customerId", customerId);
        return "satisfaction/survey-panel :: panel";
    }

    private Map<Long, CustomerDirectory.CustomerRef> names(List<SurveyAnswers.Answer> rows) {
        Set<Long> ids = rows.stream().map(SurveyAnswers.Answer::customerId).collect(Collectors.toSet());
        return directory.findAll(ids);
    }
}
