package org.clientela.sales.web;

import java.util.List;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.sales.internal.campaigns.Strategy;
import org.clientela.sales.internal.targeting.Sector;
import org.clientela.sales.internal.targeting.SizeBand;
import org.clientela.sales.internal.targeting.TargetingChanges;
import org.clientela.sales.internal.targeting.TargetingRule;
import org.clientela.sales.internal.targeting.TargetingRules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The targeting matrix over JSON: everyone in sales reads it with its sectors and size bands; a
 * manager replaces its rules at once ({@code PUT}), all checked before any is written.
 */
@RestController
@RequestMapping("/api/v1/sales/targeting")
class TargetingApi {

    private final TargetingRules rules;
    private final TargetingChanges changes;

    TargetingApi(TargetingRules rules, TargetingChanges changes) {
        this.rules = rules;
        this.changes = changes;
    }

    /** The matrix's rules ({@code '*'} is "any"), the sectors and the size bands. */
    record Matrix(List<TargetingRule> rules, List<Sector> sectors, List<SizeBand> sizeBands) {}

    /** One rule as a manager sends it; a missing sector or size band is {@code '*'}. */
    record RuleRequest(Strategy strategy, String sectorCode, String sizeBandCode, String titleEs, String titleEn) {}

    /** The whole set of rules that replaces the matrix. */
    record MatrixRequest(List<RuleRequest> rules) {}

    @GetMapping
    @PreAuthorize(SalesRoles.READERS)
    Matrix get() {
        return new Matrix(rules.all(), rules.sectors(), rules.sizeBands());
    }

    @PutMapping
    @PreAuthorize(SalesRoles.MANAGERS)
    Matrix replace(@RequestBody MatrixRequest request) {
        if (request.rules() == null) {
            throw new InvalidInputException(InputError.field("rules", "sales.targeting.rules.required"));
        }
        changes.replace(request.rules().stream()
                .map(r -> r == null
                        ? new TargetingChanges.Cell(null, null, null, null, null, null, null)
                        : new TargetingChanges.Cell(
                                null, null, r.strategy(), r.sectorCode(), r.sizeBandCode(), r.titleEs(), r.titleEn()))
                .toList());
        return get();
    }
}
