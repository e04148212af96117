package org.clientela.sales.internal.targeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.TextInput;
import org.clientela.sales.internal.campaigns.Strategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's changes to whom to ask for: the cells of the matrix, the business's own sectors and
 * the limits of the size bands. Each is checked (a cell names a known sector and band, bands do not
 * overlap) and written to the change log with the change itself.
 *
 * <p>Long because a cell, a sector and a band are checked against each other (a cell names a known
 * sector and band, bands do not overlap) and every change goes to the same change log with the same
 * words.
 */
@Service
public class TargetingChanges {

    private static final Pattern SECTOR_CODE = Pattern.compile("[A-Z0-9_-]{1,20}");

    private final TargetingRules rules;
    private final AuditLog audit;

    TargetingChanges(TargetingRules rules, AuditLog audit) {
        this.rules = rules;
        this.audit = audit;
    }

    /** A cell as a person gives it; {@code id} and {@code version} name the rule being edited, if any. */
    public record Cell(
            Long id,
            Long version,
            Strategy strategy,
            String sectorCode,
            String sizeBandCode,
            String titleEs,
            String titleEn) {}

    /**
     * Adds a cell (or retitles the one already at that place), or — with an id — changes the rule
     * read at its version.
     */
    @Transactional
    public TargetingRule save(Cell cell) {
        Cell checked = checked(cell, "");
        TargetingRule before = checked.id() == null
                ? null
                : rules.find(checked.id()).orElseThrow(() -> new NotFoundException("TargetingRule", cell.id()));
        if (checked.id() != null) {
            boolean moved = !before.sectorCode().equals(checked.sectorCode())
                    || !before.sizeBandCode().equals(checked.sizeBandCode())
                    || before.strategy() != checked.strategy();
            if (moved && taken(checked)) {
                throw new InvalidInputException(InputError.field("sizeBandCode", "sales.targeting.cell.taken"));
            }
        }
        TargetingRule saved = checked.id() == null
                ? rules.put(
                        checked.strategy(),
                        checked.sectorCode(),
                        checked.sizeBandCode(),
                        checked.titleEs(),
                        checked.titleEn())
                : rules.change(
                        checked.id(),
                        checked.version() == null ? -1 : checked.version(),
                        checked.strategy(),
                        checked.sectorCode(),
                        checked.sizeBandCode(),
                        checked.titleEs(),
                        checked.titleEn());
        audit.record(
                "TARGETING_RULE_SAVED",
                "targeting_rule",
                saved.id(),
                "Targeting rule saved",
                before,
                saved,
                AuditLog.word("sales.strategy." + saved.strategy()),
                sectorWord(saved.sectorCode()),
                bandWord(saved.sizeBandCode()),
                saved.titleEs());
        return saved;
    }

    /** Removes a cell: its companies fall back to the next rule that answers them. */
    @Transactional
    public void remove(long id) {
        TargetingRule rule = rules.find(id).orElseThrow(() -> new NotFoundException("TargetingRule", id));
        rules.remove(id);
        audit.record(
                "TARGETING_RULE_REMOVED",
                "targeting_rule",
                id,
                "Targeting rule removed",
                rule,
                null,
                AuditLog.word("sales.strategy." + rule.strategy()),
                sectorWord(rule.sectorCode()),
                bandWord(rule.sizeBandCode()),
                rule.titleEs());
    }

    /** Replaces the whole matrix; every error is named by the index of its cell. */
    @Transactional
    public List<TargetingRule> replace(List<Cell> cells) {
        List<InputError> errors = new ArrayList<>();
        List<TargetingRule> checked = new ArrayList<>();
        Set<String> places = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            String prefix = "rules[" + i + "].";
            try {
                Cell c = checked(cells.get(i), prefix);
                if (!places.add(c.strategy() + "|" + c.sectorCode() + "|" + c.sizeBandCode())) {
                    errors.add(InputError.field(prefix + "sizeBandCode", "sales.targeting.cell.taken"));
                }
                checked.add(new TargetingRule(
                        null, c.strategy(), c.sectorCode(), c.sizeBandCode(), c.titleEs(), c.titleEn(), 0));
            } catch (InvalidInputException ex) {
                errors.addAll(ex.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<TargetingRule> before = rules.all();
        rules.replaceAll(checked);
        List<TargetingRule> after = rules.all();
        audit.record(
                "TARGETING_MATRIX_REPLACED",
                "targeting_rule",
                null,
                "Targeting matrix replaced",
                before,
                after,
                after.size());
        return after;
    }

    /** Adds one of the business's own sectors; its code is kept in capitals. */
    @Transactional
    public Sector addSector(String code, String nameEs, String nameEn) {
        List<InputError> errors = new ArrayList<>();
        String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!SECTOR_CODE.matcher(key).matches()) {
            errors.add(InputError.field("code", "sales.targeting.sector.code.pattern", Sector.CODE_MAX));
        } else if (rules.sectors().stream().anyMatch(s -> s.code().equals(key))) {
            errors.add(InputError.field("code", "sales.targeting.sector.code.taken", key));
        }
        name(errors, "nameEs", nameEs, Sector.NAME_MAX);
        name(errors, "nameEn", nameEn, Sector.NAME_MAX);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Sector sector = rules.addSector(key, nameEs.strip(), nameEn.strip());
        audit.record("SALES_SECTOR_ADDED", "sales_sector", key, "Sector added", null, sector, key, sector.nameEs());
        return sector;
    }

    /** Changes a band's names and limits; it may not overlap another band. */
    @Transactional
    public void changeBand(String code, String nameEs, String nameEn, Integer minEmployees, Integer maxEmployees) {
        SizeBand before = rules.sizeBands().stream()
                .filter(b -> b.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("SizeBand", code));
        List<InputError> errors = new ArrayList<>();
        name(errors, "nameEs", nameEs, SizeBand.NAME_MAX);
        name(errors, "nameEn", nameEn, SizeBand.NAME_MAX);
        if (minEmployees == null || minEmployees < 0) {
            errors.add(InputError.field("minEmployees", "sales.targeting.band.min"));
        } else if (maxEmployees != null && maxEmployees < minEmployees) {
            errors.add(InputError.field("maxEmployees", "sales.targeting.band.max", minEmployees));
        } else {
            SizeBand changed = new SizeBand(code, nameEs, nameEn, minEmployees, maxEmployees, before.position());
            rules.sizeBands().stream()
                    .filter(b -> !b.code().equals(code) && overlap(b, changed))
                    .findFirst()
                    .ifPresent(b -> errors.add(
                            InputError.field("minEmployees", "sales.targeting.band.overlap", b.nameEs(), b.nameEn())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        rules.updateSizeBand(code, nameEs.strip(), nameEn.strip(), minEmployees, maxEmployees);
        SizeBand after =
                new SizeBand(code, nameEs.strip(), nameEn.strip(), minEmployees, maxEmployees, before.position());
        audit.record(
                "SIZE_BAND_CHANGED",
                "sales_size_band",
                code,
                "Size band changed",
                before,
                after,
                code,
                minEmployees,
                maxEmployees == null ? "∞" : maxEmployees.toString());
    }

    private static boolean overlap(SizeBand a, SizeBand b) {
        long aMax = a.maxEmployees() == null ? Long.MAX_VALUE : a.maxEmployees();
        long bMax = b.maxEmployees() == null ? Long.MAX_VALUE : b.maxEmployees();
        return a.minEmployees() <= bMax && b.minEmployees() <= aMax;
    }

    private Cell checked(Cell cell, String prefix) {
        List<InputError> errors = new ArrayList<>();
        if (cell.strategy() == null) {
            errors.add(InputError.field(prefix + "strategy", "sales.targeting.strategy.required"));
        }
        String sector = any(cell.sectorCode());
        String band = any(cell.sizeBandCode());
        if (!TargetingRule.ANY.equals(sector)
                && rules.sectors().stream().noneMatch(s -> s.code().equals(sector))) {
            errors.add(InputError.field(prefix + "sectorCode", "sales.prospect.sector.unknown", sector));
        }
        if (!TargetingRule.ANY.equals(band)
                && rules.sizeBands().stream().noneMatch(b -> b.code().equals(band))) {
            errors.add(InputError.field(prefix + "sizeBandCode", "sales.targeting.band.unknown", band));
        }
        name(errors, prefix + "titleEs", cell.titleEs(), TargetingRule.TITLE_MAX);
        name(errors, prefix + "titleEn", cell.titleEn(), TargetingRule.TITLE_MAX);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Cell(
                cell.id(),
                cell.version(),
                cell.strategy(),
                sector,
                band,
                cell.titleEs().strip(),
                cell.titleEn().strip());
    }

    private boolean taken(Cell cell) {
        return rules.all().stream()
                .anyMatch(r -> r.strategy() == cell.strategy()
                        && r.sectorCode().equals(cell.sectorCode())
                        && r.sizeBandCode().equals(cell.sizeBandCode()));
    }

    private static void name(List<InputError> errors, String field, String text, int max) {
        if (text == null || text.isBlank()) {
            errors.add(InputError.field(field, "sales.targeting.text.required"));
        } else {
            TextInput.check(errors, field, text, max, false);
        }
    }

    private static Object sectorWord(String code) {
        return TargetingRule.ANY.equals(code) ? AuditLog.word("sales.targeting.anySector") : code;
    }

    private static Object bandWord(String code) {
        return TargetingRule.ANY.equals(code) ? AuditLog.word("sales.targeting.anyBand") : code;
    }

    private static String any(String code) {
        return code == null || code.isBlank() ? TargetingRule.ANY : code.strip();
    }
}
