package org.clientela.sales.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.sales.internal.businesscase.Appraisal;
import org.clientela.sales.internal.businesscase.BusinessCase;
import org.clientela.sales.internal.businesscase.BusinessCasePdf;
import org.clientela.sales.internal.businesscase.BusinessCases;
import org.clientela.sales.internal.businesscase.CashFlows;
import org.clientela.sales.internal.businesscase.Explanation;
import org.clientela.sales.internal.businesscase.Reader;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The business-case calculator (free, or tied to a prospect or its proposal), a kept case and its
 * one-page PDF. The calculator works without JavaScript — buttons add and remove periods and
 * calculate — and with htmx recalculates as amounts are typed.
 */
@Controller
class BusinessCasePages {

    private static final String FORM = "sales/business-case-new";

    private final BusinessCases cases;
    private final Explanation words;
    private final BusinessCasePdf pdf;
    private final MessageSource messages;

    BusinessCasePages(BusinessCases cases, Explanation words, BusinessCasePdf pdf, MessageSource messages) {
        this.cases = cases;
        this.words = words;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/sales/business-cases/new")
    @PreAuthorize(BusinessCaseApi.READERS)
    String blank(
            @RequestParam(required = false) Long prospectId,
            @RequestParam(required = false) Long activityId,
            Authentication authentication,
            Model model) {
        BusinessCaseForm form = new BusinessCaseForm();
        form.setActivityId(activityId);
        form.setProspectId(activityId != null ? Long.valueOf(cases.prospectOfActivity(activityId)) : prospectId);
        model.addAttribute("form", form);
        return page(form, Map.of(), null, authentication, model);
    }

    @PostMapping("/sales/business-cases/new")
    @PreAuthorize(BusinessCaseApi.READERS)
    String submit(
            @ModelAttribute("form") BusinessCaseForm form,
            @RequestParam(defaultValue = "calculate") String action,
            Authentication authentication,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        switch (action) {
            case "add" -> form.addRow();
            case "remove" -> form.removeRow();
            default -> {}
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Appraisal appraisal = calculate(form, errors, locale, model);
        if ("save".equals(action) && errors.isEmpty()) {
            if (!saves(authentication)) {
                throw new org.springframework.security.access.AccessDeniedException("Viewers only calculate");
            }
            BusinessCaseForm.Read read = form.read(new LinkedHashMap<>());
            try {
                BusinessCase kept = cases.keep(
                        new BusinessCases.Draft(
                                form.getTitle(),
                                form.getProspectId(),
                                form.getActivityId(),
                                read.cashFlows(),
                                read.periodsPerYear(),
                                read.annualDiscountRate(),
                                form.getNotes()),
                        Reader.of(authentication));
                redirect.addFlashAttribute("flash", "sales.businessCase.saved");
                return "redirect:/sales/business-cases/" + kept.id();
            } catch (InvalidInputException ex) {
                BusinessCaseForm.onForm(ex.errors()).forEach((f, e) -> errors.putIfAbsent(f, text(e, locale)));
            }
        }
        return page(form, errors, appraisal, authentication, model);
    }

    /** The results alone, for htmx to put under the form as amounts are typed. */
    @PostMapping("/sales/business-cases/calculate")
    @PreAuthorize(BusinessCaseApi.READERS)
    String results(@ModelAttribute("form") BusinessCaseForm form, Locale locale, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        calculate(form, errors, locale, model);
        model.addAttribute("errors", errors);
        return FORM + " :: results";
    }

    @GetMapping("/sales/business-cases/{id}")
    @PreAuthorize(BusinessCaseApi.READERS)
    String view(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
        BusinessCase c = cases.find(id, Reader.of(authentication));
        Appraisal appraisal = c.appraisal();
        model.addAttribute("businessCase", c);
        model.addAttribute("lines", words.of(c.cashFlows(), appraisal, locale));
        model.addAttribute("rows", rows(c.cashFlows(), appraisal));
        return "sales/business-case";
    }

    @GetMapping("/sales/business-cases/{id}.pdf")
    @PreAuthorize(BusinessCaseApi.READERS)
    ResponseEntity<byte[]> print(@PathVariable long id, Authentication authentication, Locale locale) {
        BusinessCase c = cases.find(id, Reader.of(authentication));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("business-case-" + id + ".pdf")
                                .build()
                                .toString())
                .body(pdf.render(c, locale));
    }

    /** One row of the flows table: the period, its flow, discounted, and the flows added up to it. */
    record Row(int period, BigDecimal flow, BigDecimal discounted, BigDecimal cumulative) {}

    static List<Row> rows(CashFlows flows, Appraisal a) {
        List<Row> rows = new ArrayList<>();
        for (int t = 0; t < flows.flows().size(); t++) {
            rows.add(new Row(
                    t,
                    cents(flows.flows().get(t)),
                    cents(a.discounted().get(t)),
                    cents(a.cumulative().get(t))));
        }
        return rows;
    }

    private static BigDecimal cents(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    private Appraisal calculate(BusinessCaseForm form, Map<String, String> errors, Locale locale, Model model) {
        Map<String, String> keys = new LinkedHashMap<>();
        BusinessCaseForm.Read read = form.read(keys);
        keys.forEach((field, key) -> errors.put(field, messages.getMessage(key, null, locale)));
        List<InputError> problems =
                CashFlows.problems(read.cashFlows(), read.periodsPerYear(), read.annualDiscountRate());
        BusinessCaseForm.onForm(problems).forEach((f, e) -> errors.putIfAbsent(f, text(e, locale)));
        if (!errors.isEmpty()) {
            return null;
        }
        CashFlows flows = new CashFlows(read.cashFlows(), read.periodsPerYear(), read.annualDiscountRate());
        Appraisal appraisal = Appraisal.of(flows);
        model.addAttribute("lines", words.of(flows, appraisal, locale));
        model.addAttribute("rows", rows(flows, appraisal));
        model.addAttribute("perYear", flows.periodsPerYear());
        return appraisal;
    }

    private String page(
            BusinessCaseForm form,
            Map<String, String> errors,
            Appraisal appraisal,
            Authentication authentication,
            Model model) {
        if (form.getProspectId() != null) {
            model.addAttribute("prospectName", cases.prospectName(form.getProspectId(), Reader.of(authentication)));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("canSave", saves(authentication));
        model.addAttribute("calculated", appraisal != null);
        return FORM;
    }

    private static boolean saves(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(
                        a -> List.of("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_SALES").contains(a.getAuthority()));
    }

    private String text(InputError e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
    }
}
