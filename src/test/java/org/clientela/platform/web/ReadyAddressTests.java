package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-up log ends with the address a newcomer opens. */
class ReadyAddressTests {

    @Test
    void theAddressCarriesThePortAndTheContextPath() {
        assertThat(new ReadyAddress("").address(8080)).isEqualTo("http://localhost:8080/");
        assertThat(new ReadyAddress("/crm").address(9000)).isEqualTo("http://localhost:9000/crm/");
    }
}
