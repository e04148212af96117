package org.clientela.sales.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.InvalidInputException;
import org.clientela.sales.internal.businesscase.Appraisal;
import org.clientela.sales.internal.businesscase.BusinessCase;
import org.clientela.sales.internal.businesscase.BusinessCases;
import org.clientela.sales.internal.businesscase.CashFlows;
import org.clientela.sales.internal.businesscase.Explanation;
import org.clientela.sales.internal.businesscase.Reader;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Business cases over JSON: the figures of any flows (nothing kept), and business cases kept with
 * a prospect or proposal. Viewers may calculate and read; sales people keep and read cases on their
 * own prospects; service people have nothing to do here.
 */
@RestController
@Tag(name = "Sales: business cases", description = "NPV, IRR, ROI and payback of a proposal's cash flows")
class BusinessCaseApi {

    static final String READERS = "hasAnyRole('ADMIN','MANAGER','SALES','VIEWER')";
    static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','SALES')";

    private final BusinessCases cases;
    private final Explanation words;

    BusinessCaseApi(BusinessCases cases, Explanation words) {
        this.cases = cases;
        this.words = words;
    }

    /** Flow 0 is at the start and not discounted; {@code annualDiscountRate} a fraction (0.10). */
    record Calculation(List<Double> cashFlows, Integer periodsPerYear, Double annualDiscountRate) {}

    record NewBusinessCase(
            String title,
            Long prospectId,
            Long activityId,
            List<Double> cashFlows,
            Integer periodsPerYear,
            Double annualDiscountRate,
            String notes) {}

    record BusinessCaseResponse(
            long id,
            String title,
            Long prospectId,
            String prospectName,
            Long activityId,
            List<Double> cashFlows,
            int periodsPerYear,
            double annualDiscountRate,
            String notes,
            Instant createdAt,
            String createdBy,
            long version,
            BusinessCaseFigures figures) {}

    @PostMapping("/api/v1/business-cases/calculate")
    @PreAuthorize(READERS)
    @Operation(
            summary = "NPV, annual IRR (null with irrNote when none or several), ROI, simple and discounted "
                    + "payback in years (null when never) of cash flows; 422 naming each bad field (cashFlows[3])")
    BusinessCaseFigures calculate(@RequestBody Calculation body, Locale locale) {
        var errors = CashFlows.problems(body.cashFlows(), body.periodsPerYear(), body.annualDiscountRate());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CashFlows flows = new CashFlows(body.cashFlows(), body.periodsPerYear(), body.annualDiscountRate());
        return BusinessCaseFigures.of(Appraisal.of(flows), words, locale);
    }

    @PostMapping("/api/v1/business-cases")
    @PreAuthorize(WRITERS)
    @Operation(
            summary = "Keep a business case, alone or on a prospect (sales people: their own) or its proposal; "
                    + "flows kept to the cent; 201 with its figures")
    ResponseEntity<BusinessCaseResponse> keep(
            @RequestBody NewBusinessCase body, Authentication authentication, Locale locale) {
        BusinessCase kept = cases.keep(
                new BusinessCases.Draft(
                        body.title(),
                        body.prospectId(),
                        body.activityId(),
                        body.cashFlows(),
                        body.periodsPerYear(),
                        body.annualDiscountRate(),
                        body.notes()),
                Reader.of(authentication));
        return ResponseEntity.created(URI.create("/api/v1/business-cases/" + kept.id()))
                .body(response(kept, locale));
    }

    @GetMapping("/api/v1/business-cases/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "A kept business case with its figures (sales people: on their own prospects)")
    BusinessCaseResponse get(@PathVariable long id, Authentication authentication, Locale locale) {
        return response(cases.find(id, Reader.of(authentication)), locale);
    }

    private BusinessCaseResponse response(BusinessCase c, Locale locale) {
        return new BusinessCaseResponse(
                c.id(),
                c.title(),
                c.prospectId(),
                c.prospectName(),
                c.activityId(),
                c.cashFlows().flows(),
                c.cashFlows().periodsPerYear(),
                c.cashFlows().annualDiscountRate(),
                c.notes(),
                c.createdAt(),
                c.createdBy(),
                c.version(),
                BusinessCaseFigures.of(c.appraisal(), words, locale));
    }
}
