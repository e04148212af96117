package org.clientela.sales.internal.targeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.clientela.platform.TextFolding;
import org.clientela.sales.internal.campaigns.Strategy;
import org.springframework.stereotype.Component;

/**
 * Whom to ask for at a company: the targeting matrix read with its fallback, the most specific
 * cell first — the exact sector and size band, then the sector in any band, then any sector in
 * the band, then the strategy's default ({@code '*'} × {@code '*'}).
 */
@Component
public class Targeting {

    private final TargetingRules rules;

    Targeting(TargetingRules rules) {
        this.rules = rules;
    }

    /** The rule that names the title to approach, if the matrix has any for the strategy. */
    public Optional<TargetingRule> titleFor(Strategy strategy, String sectorCode, String sizeBandCode) {
        return pick(rules.all(), strategy, sectorCode, sizeBandCode);
    }

    /** The matrix of {@code strategy} as it answers every cell, with what each cell inherits. */
    public TargetingMatrix matrix(Strategy strategy) {
        return TargetingMatrix.of(strategy, rules.all(), rules.sizeBands());
    }

    /** The most specific of {@code rules} for the cell, by the fallback order. */
    static Optional<TargetingRule> pick(
            List<TargetingRule> rules, Strategy strategy, String sectorCode, String sizeBandCode) {
        String sector = sectorCode == null ? TargetingRule.ANY : sectorCode;
        String band = sizeBandCode == null ? TargetingRule.ANY : sizeBandCode;
        List<String[]> order = List.of(
                new String[] {sector, band},
                new String[] {sector, TargetingRule.ANY},
                new String[] {TargetingRule.ANY, band},
                new String[] {TargetingRule.ANY, TargetingRule.ANY});
        for (String[] cell : order) {
            Optional<TargetingRule> found = rules.stream()
                    .filter(r -> r.strategy() == strategy
                            && r.sectorCode().equals(cell[0])
                            && r.sizeBandCode().equals(cell[1]))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a contact's job title is the one to approach: a title in the matrix may name
     * alternatives ("Propietario o presidente", "CFO or controller"); any one of them found in
     * the job title, whatever its case and accents, is enough ("Presidenta" is not "presidente").
     */
    public static boolean holdsTitle(TargetingRule rule, String jobTitle) {
        String job = TextFolding.fold(jobTitle);
        if (job == null || job.isBlank()) {
            return false;
        }
        List<String> alternatives = new ArrayList<>();
        for (String title : List.of(rule.titleEs(), rule.titleEn())) {
            alternatives.addAll(Arrays.asList(TextFolding.fold(title).split("\\s+(o|or|y|and|u)\\s+|[,/]")));
        }
        return alternatives.stream()
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .anyMatch(job::contains);
    }
}
