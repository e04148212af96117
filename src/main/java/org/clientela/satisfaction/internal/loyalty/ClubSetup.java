package org.clientela.satisfaction.internal.loyalty;

import java.util.List;
import org.clientela.satisfaction.LoyaltyClub;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link LoyaltyClub}: programs and in-person joins for other modules, through the club's own rules. */
@Component
class ClubSetup implements LoyaltyClub {

    private final LoyaltyPrograms programs;
    private final Invitations invitations;

    ClubSetup(LoyaltyPrograms programs, Invitations invitations) {
        this.programs = programs;
        this.invitations = invitations;
    }

    @Override
    @Transactional
    public long createSpendProgram(String name, List<TierOffer> tiers) {
        return programs.create(new NewProgram(
                        name,
                        TierBasis.SPEND,
                        null,
                        tiers.stream()
                                .map(t -> new Tier(
                                        0,
                                        t.name(),
                                        t.threshold(),
                                        t.discountPercent(),
                                        t.responseCutPercent(),
                                        t.surprise()))
                                .toList()))
                .id();
    }

    @Override
    @Transactional
    public boolean joinInPerson(long programId, long customerId, String by) {
        return invitations.recordInPerson(programId, customerId, by);
    }
}
