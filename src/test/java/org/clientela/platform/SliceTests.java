package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page of a list: one row more than the page is read, and the numbers of the SQL that reads it. */
class SliceTests {

    @Test
    void aQueryForAPageReadsOneRowMoreThanThePageFromItsFirstRow() {
        assertThat(Slice.limitFor(0, 20)).isEqualTo(" LIMIT 21 OFFSET 0");
        assertThat(Slice.limitFor(3, 50)).isEqualTo(" LIMIT 51 OFFSET 150");
        assertThat(Slice.limitFor(100_000, 200)).isEqualTo(" LIMIT 201 OFFSET 20000000");
    }

    @Test
    void onlyNumbersThatMakeAPageAreWrittenIntoTheSql() {
        assertThatThrownBy(() -> Slice.limitFor(-1, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Slice.limitFor(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExtraRowTellsThatAnotherPageFollowsAndIsNotShown() {
        Slice<Integer> first = Slice.of(List.of(1, 2, 3), 0, 2);
        assertThat(first.items()).containsExactly(1, 2);
        assertThat(first.hasNext()).isTrue();
        Slice<Integer> last = Slice.of(List.of(5), 2, 2);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.firstRow()).isEqualTo(5);
        assertThat(last.lastRow()).isEqualTo(5);
    }
}
