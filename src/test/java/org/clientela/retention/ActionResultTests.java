package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import org.clientela.retention.internal.plan.ActionResult;
import org.clientela.retention.internal.plan.ActionResult.Group;
import org.junit.jupiter.api.Test;

/** When a result is judged, and with which figures. */
class ActionResultTests {

    static final LocalDate END = LocalDate.of(2026, 3, 31);

    @Test
    void notEnoughDataWhileTheWindowIsOpen() {
        var r = ActionResult.of(null, new Group(100, 30, 0, 0), new Group(100, 20, 0, 0), END, false, 30);
        assertThat(r.enoughData()).isFalse();
        assertThat(r.reason()).isEqualTo("WINDOW_OPEN");
        assertThat(r.rateDifference()).isNull();
    }

    @Test
    void notEnoughDataWithUnderThirtyInAGroup() {
        var r = ActionResult.of(null, new Group(29, 20, 0, 0), new Group(400, 20, 0, 0), END, true, 30);
        assertThat(r.reason()).isEqualTo("TOO_FEW");
    }

    @Test
    void judgesBothRateAndRevenue() {
        // with: 30 of 100 came back; revenue per customer: 30 customers spent 50 each, so sum 1500,
        // squares 30 * 2500 = 75000; without: 20 of 100, 20 spent 50: sum 1000, squares 50000
        var r = ActionResult.of(null, new Group(100, 30, 1500, 75000), new Group(100, 20, 1000, 50000), END, true, 30);
        assertThat(r.enoughData()).isTrue();
        assertThat(r.rateDifference().low()).isCloseTo(-0.019220, offset(1e-6));
        // means 15 and 10; variances (75000 - 100 * 225) / 99 = 530.303 and (50000 - 100 * 100) / 99 = 404.040
        double se = Math.sqrt(530.3030303 / 100 + 404.0404040 / 100);
        assertThat(r.revenueDifference().high() - 5)
                .isCloseTo(5 - r.revenueDifference().low(), offset(1e-9));
        assertThat((r.revenueDifference().high() - 5) / se).isCloseTo(1.9725, offset(2e-3));
    }
}
