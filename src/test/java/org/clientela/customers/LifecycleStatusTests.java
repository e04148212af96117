package org.clientela.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientela.customers.LifecycleStatus.AT_RISK;
import static org.clientela.customers.LifecycleStatus.CUSTOMER;
import static org.clientela.customers.LifecycleStatus.LOST;
import static org.clientela.customers.LifecycleStatus.PROSPECT;
import static org.clientela.customers.LifecycleStatus.WON_BACK;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The moves the business's records make on a customer's standing: every one, allowed or refused. */
class LifecycleStatusTests {

    private static final Map<LifecycleStatus, Set<LifecycleStatus>> ALLOWED = Map.of(
            PROSPECT, EnumSet.of(CUSTOMER, AT_RISK, LOST),
            CUSTOMER, EnumSet.of(PROSPECT, AT_RISK, LOST),
            AT_RISK, EnumSet.of(PROSPECT, CUSTOMER, LOST),
            LOST, EnumSet.of(WON_BACK),
            WON_BACK, EnumSet.of(PROSPECT, CUSTOMER, AT_RISK, LOST));

    @Test
    void anyoneMayBeMarkedLostAndOnlyTheLostAreWonBack() {
        for (LifecycleStatus from : LifecycleStatus.values()) {
            for (LifecycleStatus to : LifecycleStatus.values()) {
                assertThat(from.canBecome(to))
                        .as(from + " → " + to)
                        .isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void aRefusedMoveThrowsAConflictNamingBothStandings() {
        for (LifecycleStatus from : LifecycleStatus.values()) {
            for (LifecycleStatus to : LifecycleStatus.values()) {
                if (ALLOWED.get(from).contains(to)) {
                    from.requireCanBecome(to);
                } else {
                    assertThatThrownBy(() -> from.requireCanBecome(to))
                            .isInstanceOfSatisfying(LifecycleStatusStateException.class, e -> {
                                assertThat(e.from()).isEqualTo(from);
                                assertThat(e.to()).isEqualTo(to);
                                assertThat(e.problemType()).isEqualTo("customer-status-state");
                            });
                }
            }
        }
    }

    @Test
    void theGuardOfTheUpdateListsTheStandingsThatMayMove() {
        assertThat(LifecycleStatus.before(WON_BACK)).containsExactly("LOST");
        assertThat(LifecycleStatus.before(LOST)).containsExactly("PROSPECT", "CUSTOMER", "AT_RISK", "WON_BACK");
        assertThat(LifecycleStatus.before(CUSTOMER)).containsExactly("PROSPECT", "AT_RISK", "WON_BACK");
    }
}
