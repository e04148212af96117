package org.clientela.retention;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * The lost-customer register as other modules may use it: entering a customer with the same
 * checks, audit entry and {@link CustomerMarkedLost} event as the page and the API.
 */
public interface LostCustomers {

    /**
     * Enters the customer in the register.
     *
     * @param note required for {@link LossReason#OTHER}
     * @throws org.clientela.platform.InvalidInputException    when the reason, note or day do not pass
     * @throws org.springframework.dao.DuplicateKeyException when the customer already stands lost
     */
    void markLost(long customerId, LossReason reason, String note, LocalDate lostOn);

    /** Whether nobody has ever been entered. */
    boolean isEmpty();

    /** Those of the given customers who stand lost now (not won back). Safe for thousands of ids. */
    Set<Long> lostAmong(Collection<Long> customerIds);
}
