package org.clientela.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The same promises when every order file is written as a large one is on H2: staged in committed
 * parts (here of two orders) and switched in once the whole file is checked. A bad row anywhere
 * leaves nothing, a re-import changes nothing, a changed order is rewritten alone with its lines.
 */
@ApplicationTest
@TestPropertySource(properties = {"clientela.import.parts-min-rows=0", "clientela.import.part-orders=2"})
class ImportApiInPartsOnH2Tests extends ImportApiTests {

    @Test
    void aBadRowAfterStagedPartsLeavesNoStagingBehindAndAGoodFileLeavesNoneEither() throws Exception {
        importCustomers(customersFile()).andExpect(status().isOk());
        StringBuilder csv = new StringBuilder("customer_number,order_number,order_date,sku,category,quantity,amount\n");
        for (int i = 1; i <= 50; i++) {
            csv.append(p).append("-1,").append(p).append("-S").append(i).append(",2026-01-15,S1,Café,1,2.00\n");
        }
        importOrders(csv + p + "-1," + p + "-BAD,2026-01-15,S1,Café,1,abc\n")
                .andExpect(status().isUnprocessableContent());
        assertThat(staged()).as("rows staged before the bad one").isZero();

        importOrders(csv.toString()).andExpect(status().isOk());
        assertThat(orders()).isEqualTo(50);
        assertThat(staged()).isZero();
    }

    private long staged() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM order_import_order) + (SELECT COUNT(*) FROM order_import_line)"
                        + " + (SELECT COUNT(*) FROM order_import)")
                .query(Long.class)
                .single();
    }
}
