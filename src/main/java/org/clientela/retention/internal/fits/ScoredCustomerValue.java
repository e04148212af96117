package org.clientela.retention.internal.fits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.NotFoundException;
import org.clientela.retention.CustomerValue;
import org.springframework.stereotype.Component;

/** {@link CustomerValue} read from the customer's score under the newest model. */
@Component
class ScoredCustomerValue implements CustomerValue {

    private static final int HORIZON_WEEKS = 52;

    private final CustomerScores scores;
    private final CustomerBaseModel model;
    private final CustomerDirectory customers;

    ScoredCustomerValue(CustomerScores scores, CustomerBaseModel model, CustomerDirectory customers) {
        this.scores = scores;
        this.model = model;
        this.customers = customers;
    }

    @Override
    public Optional<BigDecimal> expectedLifetimeValue(long customerId) {
        // Asked first, so that no exception marks the caller's transaction for rollback.
        if (customers.find(customerId).isEmpty() || model.latest().isEmpty()) {
            return Optional.empty();
        }
        try {
            CustomerScores.CustomerScore score = scores.score(customerId, HORIZON_WEEKS);
            Double value = score.expectedLifetimeValue();
            return value == null || value.isNaN() || value.isInfinite()
                    ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
        } catch (NotFoundException noModelOrCustomer) {
            return Optional.empty();
        }
    }
}
