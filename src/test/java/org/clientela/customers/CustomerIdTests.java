package org.clientela.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** A customer's id: only a positive number, written as that number in text and in JSON. */
class CustomerIdTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void isNeverZeroOrNegative(long value) {
        assertThatIllegalArgumentException().isThrownBy(() -> CustomerId.of(value));
    }

    @Test
    void readsAsTheNumber() {
        assertThat(CustomerId.of(42)).hasToString("42").isEqualTo(new CustomerId(42));
        assertThat(CustomerId.of(42).value()).isEqualTo(42);
    }

    @Test
    void isAPlainNumberInJson() {
        record Holder(CustomerId customerId) {}
        assertThat(json.writeValueAsString(new Holder(CustomerId.of(5)))).isEqualTo("{\"customerId\":5}");
        assertThat(json.readValue("{\"customerId\":5}", Holder.class)).isEqualTo(new Holder(CustomerId.of(5)));
        assertThat(json.readValue("{\"customerId\":null}", Holder.class)).isEqualTo(new Holder(null));
    }
}
