package org.clientela.retention;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clientela.customers.CustomerId;

/**
 * The calls the radar asked people to make, for other modules' pages ("Mi día"): a few per owner,
 * the customers with the most money at risk first.
 */
public interface RadarCalls {

    /**
     * A call to make.
     *
     * @param riskRank    the customer's rank in the whole base when the call was chosen (1 = most at risk)
     * @param moneyAtRisk the risk of losing the customer times what they spent in the year, then
     * @param reasons     the radar's signals that explain the risk; may be empty
     */
    record RadarCall(
            long taskId,
            CustomerId customerId,
            long riskRank,
            BigDecimal moneyAtRisk,
            List<SignalKind> reasons,
            Instant createdAt) {}

    /** The open calls of {@code username}, most money at risk first, at most {@code limit}. */
    List<RadarCall> openFor(String username, int limit);
}
