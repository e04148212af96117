package org.clientela.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** A case's id: only a positive number, written as that number in text and in JSON. */
class CaseIdTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void isNeverZeroOrNegative(long value) {
        assertThatIllegalArgumentException().isThrownBy(() -> CaseId.of(value));
    }

    @Test
    void readsAsTheNumber() {
        assertThat(CaseId.of(42)).hasToString("42").isEqualTo(new CaseId(42));
        assertThat(CaseId.of(42).value()).isEqualTo(42);
    }

    @Test
    void isAPlainNumberInJson() {
        record Holder(CaseId caseId) {}
        assertThat(json.writeValueAsString(new Holder(CaseId.of(5)))).isEqualTo("{\"caseId\":5}");
        assertThat(json.readValue("{\"caseId\":5}", Holder.class)).isEqualTo(new Holder(CaseId.of(5)));
        assertThat(json.readValue("{\"caseId\":null}", Holder.class)).isEqualTo(new Holder(null));
    }
}
