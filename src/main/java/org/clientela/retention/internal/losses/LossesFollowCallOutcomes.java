package org.clientela.retention.internal.losses;

import java.time.LocalDate;
import org.clientela.platform.BusinessSettings;
import org.clientela.retention.CallOutcome;
import org.clientela.retention.CallOutcomeRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A customer a radar call won back no longer stands lost: when the call's outcome is WON_BACK and
 * the register has the customer lost since the call's day or before, the loss ends on the call's
 * day (and the customer's lifecycle follows, through {@link LifecycleFollowsLosses}). Other outcomes
 * change nothing in the register: LOST needs a person to say why.
 */
@Component
class LossesFollowCallOutcomes {

    private final LossRegister register;
    private final BusinessSettings business;

    LossesFollowCallOutcomes(LossRegister register, BusinessSettings business) {
        this.register = register;
        this.business = business;
    }

    @ApplicationModuleListener
    void on(CallOutcomeRecorded event) {
        if (event.outcome() != CallOutcome.WON_BACK) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(event.recordedAt(), business.timeZone());
        register.standing(event.customerId().value())
                .filter(loss -> !day.isBefore(loss.lostOn()))
                .ifPresent(loss -> register.markWonBack(event.customerId().value(), day));
    }
}
