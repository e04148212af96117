package org.clientela.sales.internal.targeting;

import java.util.List;
import java.util.Optional;
import org.clientela.sales.internal.campaigns.Strategy;

/** The targeting matrix, the sectors and the size bands as stored. */
public interface TargetingRules {

    List<TargetingRule> all();

    Optional<TargetingRule> find(long id);

    /** Adds a cell, or changes the title of an existing one (same strategy, sector and band). */
    TargetingRule put(Strategy strategy, String sectorCode, String sizeBandCode, String titleEs, String titleEn);

    /**
     * Moves or retitles the rule {@code id} read at {@code version}.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed or went since
     */
    TargetingRule change(
            long id,
            long version,
            Strategy strategy,
            String sectorCode,
            String sizeBandCode,
            String titleEs,
            String titleEn);

    void remove(long id);

    /** Replaces the whole matrix with {@code rules} (their ids and versions are ignored). */
    void replaceAll(List<TargetingRule> rules);

    List<Sector> sectors();

    /** Adds one of the business's own sectors. */
    Sector addSector(String code, String nameEs, String nameEn);

    List<SizeBand> sizeBands();

    /**
     * Changes a band's names and limits, and puts every prospect back in the band its employees now
     * fall in: the band is stored on the prospect so that lists and figures group by it cheaply.
     */
    void updateSizeBand(String code, String nameEs, String nameEn, int minEmployees, Integer maxEmployees);

    /** The band that holds {@code employees}, if any. */
    default Optional<SizeBand> bandFor(Integer employees) {
        if (employees == null) {
            return Optional.empty();
        }
        return sizeBands().stream().filter(b -> b.holds(employees)).findFirst();
    }
}
