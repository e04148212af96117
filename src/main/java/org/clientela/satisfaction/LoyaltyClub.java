package org.clientela.satisfaction;

import java.math.BigDecimal;
import java.util.List;

/**
 * Setting up a loyalty club from another module (the demo business starts with one): a program
 * whose tiers are earned by spend over the last 12 months, and members noted as joining in person.
 */
public interface LoyaltyClub {

    /**
     * A tier, lowest first, with its benefits (each may be null).
     *
     * @param responseCutPercent by how many percent the member's new cases are answered sooner
     */
    record TierOffer(
            String name,
            BigDecimal threshold,
            BigDecimal discountPercent,
            Integer responseCutPercent,
            String surprise) {}

    /**
     * Creates a program by spend.
     *
     * @return its id
     * @throws org.clientela.platform.InvalidInputException when the tiers do not go up or a name is taken
     */
    long createSpendProgram(String name, List<TierOffer> tiers);

    /**
     * Notes that the customer said yes in person to {@code by}: the customer joins, in the tier their
     * spend reaches today.
     *
     * @return false when they were a member already
     */
    boolean joinInPerson(long programId, long customerId, String by);
}
