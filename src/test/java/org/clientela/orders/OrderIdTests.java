package org.clientela.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** An order's id: only a positive number, written as that number in text and in JSON. */
class OrderIdTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void isNeverZeroOrNegative(long value) {
        assertThatIllegalArgumentException().isThrownBy(() -> OrderId.of(value));
    }

    @Test
    void readsAsTheNumber() {
        assertThat(OrderId.of(42)).hasToString("42").isEqualTo(new OrderId(42));
        assertThat(OrderId.of(42).value()).isEqualTo(42);
    }

    @Test
    void isAPlainNumberInJson() {
        record Holder(OrderId orderId) {}
        assertThat(json.writeValueAsString(new Holder(OrderId.of(5)))).isEqualTo("{\"orderId\":5}");
        assertThat(json.readValue("{\"orderId\":5}", Holder.class)).isEqualTo(new Holder(OrderId.of(5)));
        assertThat(json.readValue("{\"orderId\":null}", Holder.class)).isEqualTo(new Holder(null));
    }
}
