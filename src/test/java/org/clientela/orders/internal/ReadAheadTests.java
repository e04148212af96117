package org.clientela.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ReadAheadTests {

    @Test
    void theCallerGetsEverySliceOnceAndInOrderWhateverThreadReadIt() {
        List<Long> seen = new ArrayList<>();
        var readers = ConcurrentHashMap.<String>newKeySet();
        ReadAhead.forEach(
                3,
                24,
                5,
                2,
                "test-ahead",
                (from, to) -> {
                    readers.add(Thread.currentThread().getName());
                    return LongStream.rangeClosed(from, to).boxed().toList();
                },
                seen::add);
        assertThat(seen).isEqualTo(LongStream.rangeClosed(3, 24).boxed().toList());
        assertThat(readers)
                .allMatch(name -> name.startsWith("test-ahead-"))
                .doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void aFailedSliceFailsTheCallerWithTheSameException() {
        IllegalArgumentException broken = new IllegalArgumentException("slice 11–15");
        List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> ReadAhead.forEach(
                        1,
                        30,
                        5,
                        2,
                        "test-ahead",
                        (from, to) -> {
                            if (from == 11) {
                                throw broken;
                            }
                            return List.of(from);
                        },
                        seen::add))
                .isSameAs(broken);
        assertThat(seen).containsExactly(1L, 6L);
    }
}
