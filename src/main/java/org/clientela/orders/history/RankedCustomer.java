package org.clientela.orders.history;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's place among everyone who ever bought, by recency, frequency and spend (the R, F
 * and M of an RFM analysis), in quintiles: 5 is the best fifth, 1 the worst. Frequency counts
 * purchase days, as the customer-base model does, so five orders on a single day score as one
 * purchase, not as a customer who comes back again and again.
 *
 * @param lastPurchase the day of the latest order
 * @param orders       how many orders, ever
 * @param purchaseDays how many different days with an order, ever: the frequency that is ranked
 * @param revenue      what they spent, ever (all currencies added: one business, one currency)
 * @param recency      1–5, 5 for the fifth who bought most recently
 * @param frequency    1–5, 5 for the fifth with most purchase days
 * @param monetary     1–5, 5 for the fifth who spent most
 */
public record RankedCustomer(
        long customerId,
        LocalDate lastPurchase,
        long orders,
        long purchaseDays,
        BigDecimal revenue,
        int recency,
        int frequency,
        int monetary) {}
