package org.clientela.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Every customer who ever bought, ranked against all the others by recency, frequency and spend
 * (the R, F and M of an RFM analysis), in quintiles: 5 is the best fifth, 1 the worst. Frequency
 * counts purchase days, as the customer-base model does: several orders on one day are one
 * purchase (a basket split in five is not five visits), so five orders on a single day score as one
 * purchase, not as a customer who comes back again and again. The ranking
 * is computed by the database in one pass over the orders; the rows are handed over one by one,
 * so a million customers never sit in memory.
 */
public interface PurchaseRanking {

    /**
     * Streams one row per customer with orders up to {@code asOf}. Call it inside a transaction,
     * so that the database can hand the rows over in chunks.
     */
    void rankAll(LocalDate asOf, Consumer<RankedCustomer> each);

    /**
     * A customer's place among all buyers.
     *
     * @param lastPurchase the day of the latest order
     * @param orders       how many orders, ever
     * @param purchaseDays how many different days with an order, ever: the frequency that is ranked
     * @param revenue      what they spent, ever (all currencies added: one business, one currency)
     * @param recency      1–5, 5 for the fifth who bought most recently
     * @param frequency    1–5, 5 for the fifth with most purchase days
     * @param monetary     1–5, 5 for the fifth who spent most
     */
    record RankedCustomer(long customerId, LocalDate lastPurchase, long orders, long purchaseDays, BigDecimal revenue,
            int recency, int frequency, int monetary) {
    }
}
