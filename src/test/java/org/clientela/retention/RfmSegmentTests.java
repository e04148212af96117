package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.clientela.retention.internal.segments.RfmSegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RfmSegmentTests {

    @ParameterizedTest(name = "R{0} F{1} M{2} is {3}")
    @CsvSource({
        "5,5,5,CHAMPIONS",
        "4,4,4,CHAMPIONS",
        "5,4,5,CHAMPIONS",
        "5,5,3,LOYAL",
        "3,5,5,LOYAL",
        "3,3,1,LOYAL",
        "4,3,5,LOYAL",
        "5,1,1,PROMISING",
        "4,2,5,PROMISING",
        "3,1,1,NEED_ATTENTION",
        "3,2,5,NEED_ATTENTION",
        "2,5,5,CANT_LOSE",
        "1,4,4,CANT_LOSE",
        "2,5,3,AT_RISK",
        "1,3,1,AT_RISK",
        "2,4,1,AT_RISK",
        "2,2,5,HIBERNATING",
        "2,1,1,HIBERNATING",
        "1,2,5,LOST",
        "1,1,1,LOST"
    })
    void mapsScoresToTheSegmentAShopOwnerKnows(int r, int f, int m, RfmSegment expected) {
        assertThat(RfmSegment.of(r, f, m)).isEqualTo(expected);
    }

    @Test
    void everyCombinationHasASegmentAndEverySegmentIsReachable() {
        Map<RfmSegment, Integer> seen = new EnumMap<>(RfmSegment.class);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    seen.merge(RfmSegment.of(r, f, m), 1, Integer::sum);
                }
            }
        }
        assertThat(seen.keySet()).containsExactly(RfmSegment.values());
        assertThat(seen.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(125);
        // R 4-5, F 4-5, M 4-5: 2 x 2 x 2
        assertThat(seen.get(RfmSegment.CHAMPIONS)).isEqualTo(8);
    }

    @Test
    void refusesScoresOutsideOneToFive() {
        assertThatThrownBy(() -> RfmSegment.of(0, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RfmSegment.of(3, 6, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slugsRoundTrip() {
        for (RfmSegment s : RfmSegment.values()) {
            assertThat(RfmSegment.fromSlug(s.slug())).isEqualTo(s);
        }
        assertThat(RfmSegment.CANT_LOSE.slug()).isEqualTo("cant-lose");
    }
}
