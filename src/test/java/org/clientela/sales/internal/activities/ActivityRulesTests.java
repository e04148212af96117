package org.clientela.sales.internal.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class ActivityRulesTests {

    static final Instant NOW = Instant.parse("2025-03-14T10:00:00Z");

    static NewActivity step(String kind) {
        return new NewActivity(kind, NOW.minusSeconds(60), 5, null, null, null, null);
    }

    static InvalidInputException refused(NewActivity input) {
        return (InvalidInputException)
                org.assertj.core.api.Assertions.catchThrowable(() -> ActivityRules.check(input, NOW));
    }

    static String field(NewActivity input) {
        InvalidInputException ex = refused(input);
        assertThat(ex).as("refused").isNotNull();
        assertThat(ex.errors()).hasSize(1);
        return ex.errors().get(0).field();
    }

    @Test
    void aKindNotInTheListOrMissingIsNamedAsKind() {
        assertThat(field(step("VISIT"))).isEqualTo("kind");
        assertThat(field(step(null))).isEqualTo("kind");
        assertThat(ActivityRules.check(step("call"), NOW).kind()).isEqualTo(ActivityKind.CALL);
    }

    @Test
    void aProposalOrAWinNeedsAnAmountThatIsNotNegative() {
        assertThat(field(step("PROPOSAL"))).isEqualTo("amount");
        assertThat(field(step("WON"))).isEqualTo("amount");
        NewActivity negative = new NewActivity("WON", NOW, null, new BigDecimal("-1"), null, null, null);
        assertThat(field(negative)).isEqualTo("amount");
        NewActivity cents = new NewActivity("WON", NOW, null, new BigDecimal("10.001"), null, null, null);
        assertThat(field(cents)).isEqualTo("amount");
        NewActivity fine = new NewActivity("PROPOSAL", NOW, null, new BigDecimal("1200.50"), null, null, null);
        assertThat(ActivityRules.check(fine, NOW).amount()).isEqualByComparingTo("1200.50");
    }

    @Test
    void anAmountSentWithACallIsNotKept() {
        NewActivity call = new NewActivity("CALL", NOW, 3, new BigDecimal("99"), "PRICE", NOW, null);
        ActivityRules.CheckedActivity checked = ActivityRules.check(call, NOW);
        assertThat(checked.amount()).isNull();
        assertThat(checked.reason()).isNull();
        assertThat(checked.appointmentAt()).isNull();
    }

    @Test
    void aLossNeedsAReasonFromTheTaxonomy() {
        assertThat(field(step("LOST"))).isEqualTo("reason");
        NewActivity unknown = new NewActivity("LOST", NOW, null, null, "BAD_LUCK", null, null);
        assertThat(field(unknown)).isEqualTo("reason");
        NewActivity price = new NewActivity("LOST", NOW, null, null, "price", null, null);
        assertThat(ActivityRules.check(price, NOW).reason()).isEqualTo(LostReason.PRICE);
    }

    @Test
    void minutesGoFromZeroToADay() {
        assertThat(field(new NewActivity("CALL", NOW, -1, null, null, null, null)))
                .isEqualTo("minutes");
        assertThat(field(new NewActivity("CALL", NOW, 1441, null, null, null, null)))
                .isEqualTo("minutes");
        assertThat(ActivityRules.check(new NewActivity("CALL", NOW, 1440, null, null, null, null), NOW)
                        .minutes())
                .isEqualTo(1440);
        assertThat(ActivityRules.check(new NewActivity("CALL", NOW, 0, null, null, null, null), NOW)
                        .minutes())
                .isZero();
    }

    @Test
    void theMomentIsAtMostADayAheadAndNotBefore1900AndNowWhenNotGiven() {
        Instant dayAhead = NOW.plus(Duration.ofDays(1));
        assertThat(field(new NewActivity("CALL", dayAhead.plusSeconds(1), null, null, null, null, null)))
                .isEqualTo("at");
        assertThat(ActivityRules.check(new NewActivity("CALL", dayAhead, null, null, null, null, null), NOW)
                        .at())
                .isEqualTo(dayAhead);
        assertThat(field(new NewActivity("CALL", Instant.parse("1899-12-31T23:59:59Z"), null, null, null, null, null)))
                .isEqualTo("at");
        assertThat(ActivityRules.check(new NewActivity("CALL", null, null, null, null, null, null), NOW)
                        .at())
                .isEqualTo(NOW);
    }

    @Test
    void anAppointmentKeepsItsDateWhenSensible() {
        Instant thursday = NOW.plus(Duration.ofDays(6));
        NewActivity agreed = new NewActivity("APPOINTMENT", NOW, 10, null, null, thursday, null);
        assertThat(ActivityRules.check(agreed, NOW).appointmentAt()).isEqualTo(thursday);
        NewActivity typo =
                new NewActivity("APPOINTMENT", NOW, 10, null, null, Instant.parse("0202-01-01T00:00:00Z"), null);
        assertThat(field(typo)).isEqualTo("appointmentAt");
    }

    @Test
    void aNoteFitsItsColumnAndEveryFaultIsNamedAtOnce() {
        assertThat(field(new NewActivity("CALL", NOW, null, null, null, null, "x".repeat(2001))))
                .isEqualTo("note");
        assertThat(ActivityRules.check(new NewActivity("CALL", NOW, null, null, null, null, "x".repeat(2000)), NOW)
                        .note())
                .hasSize(2000);
        InvalidInputException all =
                refused(new NewActivity("WON", NOW.plus(Duration.ofDays(2)), 2000, null, null, null, null));
        assertThat(all.errors()).extracting(InputError::field).containsExactly("at", "minutes", "amount");
        assertThatThrownBy(() -> ActivityRules.check(step("LOST"), NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void everyStageAStepImpliesComesBeforeItSoMomentsStayInOrder() {
        assertThat(Milestones.setBy(ActivityKind.CALL)).containsExactly("first_call_at");
        assertThat(Milestones.setBy(ActivityKind.MEETING))
                .containsExactly("first_call_at", "first_conversation_at", "first_appointment_at", "first_meeting_at");
        assertThat(Milestones.setBy(ActivityKind.WON)).isEqualTo(Milestones.COLUMNS);
        assertThat(Milestones.setBy(ActivityKind.LOST)).isEmpty();
    }
}
