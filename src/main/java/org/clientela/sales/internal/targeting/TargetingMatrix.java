package org.clientela.sales.internal.targeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientela.sales.internal.campaigns.Strategy;

/**
 * The targeting matrix of one strategy as a reader sees it: a row for each sector that has a rule
 * of its own and one for "any sector", a column for each size band and one for "any band", and in
 * each cell the rule the fallback picks — marked as inherited when it is not the cell's own.
 */
public record TargetingMatrix(Strategy strategy, List<String> bandCodes, List<Row> rows) {

    /** A sector's row ({@link TargetingRule#ANY} for any sector). */
    public record Row(String sectorCode, List<Cell> cells) {}

    /** One cell: the rule that answers it, if any, and whether that rule is the cell's own. */
    public record Cell(String sectorCode, String bandCode, TargetingRule rule, boolean own) {

        public boolean inherited() {
            return rule != null && !own;
        }
    }

    /** The matrix of {@code strategy} over the stored rules and size bands. */
    static TargetingMatrix of(Strategy strategy, List<TargetingRule> rules, List<SizeBand> bands) {
        Set<String> sectors = new LinkedHashSet<>();
        rules.stream()
                .filter(r -> r.strategy() == strategy && !TargetingRule.ANY.equals(r.sectorCode()))
                .map(TargetingRule::sectorCode)
                .sorted()
                .forEach(sectors::add);
        sectors.add(TargetingRule.ANY);
        List<String> columns = new ArrayList<>();
        bands.forEach(b -> columns.add(b.code()));
        columns.add(TargetingRule.ANY);
        List<Row> rows = new ArrayList<>();
        for (String sector : sectors) {
            List<Cell> cells = new ArrayList<>();
            for (String band : columns) {
                Optional<TargetingRule> rule = Targeting.pick(rules, strategy, nullIfAny(sector), nullIfAny(band));
                boolean own = rule.isPresent()
                        && rule.get().sectorCode().equals(sector)
                        && rule.get().sizeBandCode().equals(band);
                cells.add(new Cell(sector, band, rule.orElse(null), own));
            }
            rows.add(new Row(sector, cells));
        }
        return new TargetingMatrix(strategy, columns, rows);
    }

    private static String nullIfAny(String code) {
        return TargetingRule.ANY.equals(code) ? null : code;
    }
}
