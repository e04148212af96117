package org.clientela.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.orders.history.RepeatPurchaseSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-customer purchase-day summary the customer-base model is fitted on, against the real
 * database (H2 and PostgreSQL twins).
 */
abstract class RepeatPurchaseSummariesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CustomerPurchases summaries;

    @Autowired
    TransactionTemplate transaction;

    final String marker = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    int orders;

    long customer(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/customers")
                        .with(httpBasic("admin", "admin-test-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"kind\":\"PERSON\",\"customerNumber\":\"" + name + marker
                                + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    void order(long customerId, String date, String total) {
        jdbc.sql("""
                        INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount, line_count,
                                                 created_at)
                        VALUES (:number, :customer, :date, 'EUR', :total, 1, :now)""")
                .param("number", marker + "-" + orders++)
                .param("customer", customerId)
                .param("date", LocalDate.parse(date))
                .param("total", new BigDecimal(total))
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    Map<Long, RepeatPurchaseSummary> all(LocalDate calibrationEnd, LocalDate holdoutEnd) {
        Map<Long, RepeatPurchaseSummary> found = new HashMap<>();
        transaction.executeWithoutResult(s -> summaries.forEachSummary(
                calibrationEnd, holdoutEnd, summary -> found.put(summary.customerId(), summary)));
        return found;
    }

    @Test
    void countsPurchaseDaysAndTheSpendOfRepeatDays() throws Exception {
        long ana = customer("Ana");
        order(ana, "2001-03-01", "10.00");
        order(ana, "2001-03-01", "5.00");
        order(ana, "2001-03-15", "20.00");
        order(ana, "2001-03-15", "2.50");
        order(ana, "2001-04-10", "7.50");
        order(ana, "2001-06-01", "99.00");
        order(ana, "2001-06-20", "1.00");
        order(ana, "2001-08-01", "1000.00");
        long luis = customer("Luis");
        order(luis, "2001-04-30", "12.00");
        long late = customer("Tarde");
        order(late, "2001-05-02", "30.00");

        Map<Long, RepeatPurchaseSummary> found = all(LocalDate.parse("2001-04-30"), LocalDate.parse("2001-06-30"));

        RepeatPurchaseSummary a = found.get(ana);
        assertThat(a.firstPurchase()).isEqualTo("2001-03-01");
        assertThat(a.lastPurchase()).isEqualTo("2001-04-10");
        assertThat(a.purchaseDays()).isEqualTo(3);
        assertThat(a.repeatPurchases()).isEqualTo(2);
        assertThat(a.repeatSpend()).isEqualByComparingTo("30.00");
        assertThat(a.meanRepeatSpend()).isEqualByComparingTo("15.00");
        assertThat(a.purchaseDaysAfter()).isEqualTo(2);
        RepeatPurchaseSummary l = found.get(luis);
        assertThat(l.purchaseDays()).isEqualTo(1);
        assertThat(l.firstPurchase()).isEqualTo(l.lastPurchase()).isEqualTo("2001-04-30");
        assertThat(l.meanRepeatSpend()).isEqualByComparingTo("0");
        assertThat(found).doesNotContainKey(late);

        assertThat(all(LocalDate.parse("2001-04-30"), null).get(ana).purchaseDaysAfter())
                .isZero();
        assertThat(summaries.summary(ana, LocalDate.parse("2001-04-30")))
                .contains(new RepeatPurchaseSummary(
                        ana, LocalDate.parse("2001-03-01"), LocalDate.parse("2001-04-10"), 3, a.repeatSpend(), 0));
        assertThat(summaries.summary(late, LocalDate.parse("2001-04-30"))).isEmpty();
    }
}
