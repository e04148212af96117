package org.clientela.retention;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a customer is expected to be worth to us from now on, by the newest customer-base model
 * (for example to weigh keeping a customer against the cost of serving them).
 */
public interface CustomerValue {

    /**
     * The discounted value of the purchases the customer is expected to make over the model's horizon;
     * empty when there is no model yet or the customer had not bought by the model's calibration end.
     */
    Optional<BigDecimal> expectedLifetimeValue(long customerId);
}
