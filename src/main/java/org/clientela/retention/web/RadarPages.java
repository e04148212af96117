package org.clientela.retention.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.retention.CallOutcome;
import org.clientela.retention.SignalKind;
import org.clientela.retention.internal.calls.CallList;
import org.clientela.retention.internal.calls.CallTaskStateException;
import org.clientela.retention.internal.calls.CallTasks;
import org.clientela.retention.internal.radar.RetentionRadar;
import org.clientela.retention.internal.radar.SignalBoard;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The radar page: the last run (and a run-now button whose progress htmx polls), the calls that run
 * chose per owner with the form that records a call's outcome, everyone else at risk by rank ("también
 * en riesgo", paged), and the active signals ranked by money at stake.
 */
@Controller
@RequestMapping("/retention/radar")
class RadarPages {

    static final int PAGE_SIZE = 25;
    static final int AT_RISK_PAGE_SIZE = 50;

    private final RetentionRadar radar;
    private final SignalBoard board;
    private final CallTasks tasks;
    private final MessageSource messages;
    private final JsonMapper json;
    private final CallList calls;

    RadarPages(
            RetentionRadar radar,
            SignalBoard board,
            CallTasks tasks,
            MessageSource messages,
            JsonMapper json,
            CallList calls) {
        this.calls = calls;
        this.radar = radar;
        this.board = board;
        this.tasks = tasks;
        this.messages = messages;
        this.json = json;
    }

    /** The chart's data as JSON, safe inside a script element. */
    private String chartJson(List<SignalBoard.KindTotal> totals, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "labels",
                totals.stream()
                        .map(t -> messages.getMessage("retention.kind." + t.kind(), null, locale))
                        .toList());
        data.put("signals", totals.stream().map(SignalBoard.KindTotal::signals).toList());
        data.put(
                "money",
                totals.stream().map(SignalBoard.KindTotal::moneyAtStake).toList());
        data.put("signalsLabel", messages.getMessage("retention.radar.chart.signals", null, locale));
        data.put("moneyLabel", messages.getMessage("retention.radar.chart.money", null, locale));
        return json.writeValueAsString(data)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    @GetMapping
    @PreAuthorize(RetentionRoles.READERS)
    String page(
            @RequestParam(required = false) SignalKind kind,
            @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int riskPage,
            Principal principal,
            Locale locale,
            Model model) {
        String ownerFilter = mine ? principal.getName() : owner == null || owner.isBlank() ? null : owner;
        model.addAttribute("kind", kind);
        model.addAttribute("owner", mine ? null : ownerFilter);
        model.addAttribute("mine", mine);
        model.addAttribute(
                "back",
                UriComponentsBuilder.fromPath("/retention/radar")
                        .queryParamIfPresent("kind", java.util.Optional.ofNullable(kind))
                        .queryParamIfPresent("owner", java.util.Optional.ofNullable(mine ? null : ownerFilter))
                        .queryParamIfPresent("mine", mine ? java.util.Optional.of(true) : java.util.Optional.empty())
                        .queryParamIfPresent(
                                "page", page > 0 ? java.util.Optional.of(page) : java.util.Optional.empty())
                        .encode()
                        .build()
                        .toUriString());
        model.addAttribute("kinds", SignalKind.values());
        model.addAttribute("owners", board.owners());
        model.addAttribute("run", radar.latest().orElse(null));
        model.addAttribute("minOrderDays", radar.thresholds().minOrderDays());
        model.addAttribute("modelAvailable", radar.modelAvailable());
        model.addAttribute("totals", board.totals());
        model.addAttribute("chartJson", chartJson(board.totals(), locale));
        model.addAttribute("outcomes", CallOutcome.values());
        model.addAttribute(
                "signals",
                board.list(new SignalBoard.Filter(kind, ownerFilter, null), Math.max(0, page), PAGE_SIZE, locale));
        java.util.Optional<Long> done = calls.latestDoneRun();
        Map<String, List<CallList.CallView>> byOwner =
                done.map(id -> calls.ofRun(id, locale)).orElse(Map.of());
        model.addAttribute("callsByOwner", byOwner);
        model.addAttribute(
                "runTaskIds",
                byOwner.values().stream()
                        .flatMap(List::stream)
                        .map(CallList.CallView::id)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute(
                "atRisk",
                done.map(id -> calls.alsoAtRisk(id, Math.max(0, riskPage), AT_RISK_PAGE_SIZE, locale))
                        .orElse(null));
        model.addAttribute("callsPerOwner", radar.thresholds().callsPerOwner());
        return "retention/radar";
    }

    @PostMapping("/runs")
    @PreAuthorize(RetentionRoles.PLANNERS)
    String start(
            @RequestParam(required = false) String asOf,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            radar.start(AuditLog.currentActor(), radar.asOf(asOf));
        } catch (org.clientela.platform.InvalidInputException e) {
            redirect.addFlashAttribute("asOfError", e.errors().get(0).messageKey());
            redirect.addFlashAttribute("asOfValue", asOf);
        }
        return "redirect:/retention/radar";
    }

    /** The run's status line, polled by htmx while it runs. */
    @GetMapping("/runs/{id}")
    @PreAuthorize(RetentionRoles.READERS)
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", radar.find(id).orElseThrow(() -> new NotFoundException("radar run", id)));
        model.addAttribute("minOrderDays", radar.thresholds().minOrderDays());
        return "retention/radar :: run";
    }

    @PostMapping("/tasks/{id}/outcome")
    @PreAuthorize(RetentionRoles.WRITERS)
    String outcome(
            @PathVariable long id,
            @RequestParam(required = false) CallOutcome outcome,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            tasks.record(id, outcome, note, version);
            redirect.addFlashAttribute("flash", "retention.task.recorded");
        } catch (InvalidInputException ex) {
            InputError error = ex.errors().get(0);
            flashError(redirect, id, error.field(), error.messageKey(), error.args());
        } catch (OptimisticLockingFailureException ex) {
            flashError(redirect, id, "outcome", "retention.task.conflict");
        } catch (CallTaskStateException refused) {
            flashError(redirect, id, "outcome", refused.messageKey());
        }
        return "redirect:" + safeBack(back) + "#task-" + id;
    }

    /** The error shown next to the field of the task's form (flash attributes must be serialisable). */
    private static void flashError(RedirectAttributes redirect, long taskId, String field, String key, Object... args) {
        redirect.addFlashAttribute("taskErrorId", taskId);
        redirect.addFlashAttribute("taskErrorField", field);
        redirect.addFlashAttribute("taskErrorKey", key);
        redirect.addFlashAttribute(
                "taskErrorArgs",
                new java.util.ArrayList<>(
                        java.util.Arrays.stream(args).map(String::valueOf).toList()));
    }

    /** Only a path of the radar page itself (with its filters) is a place to go back to. */
    private static String safeBack(String back) {
        if (back != null && back.startsWith("/retention/radar") && !back.contains("//") && !back.contains("\\")) {
            return UriComponentsBuilder.fromUriString(back).build().toUriString();
        }
        return "/retention/radar";
    }
}
