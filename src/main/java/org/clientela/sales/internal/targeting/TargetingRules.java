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

    void remove(long id);

    List<Sector> sectors();

    /** Adds one of the business's own sectors. */
    Sector addSector(String code, String nameEs, String nameEn);

    List<SizeBand> sizeBands();

    /** Changes a band's names and limits. */
    void updateSizeBand(String code, String nameEs, String nameEn, int minEmployees, Integer maxEmployees);

    /** The band that holds {@code employees}, if any. */
    default Optional<SizeBand> bandFor(Integer employees) {
        if (employees == null) {
            return Optional.empty();
        }
        return sizeBands().stream().filter(b -> b.holds(employees)).findFirst();
    }
}
