package org.clientela.retention;

import java.time.LocalDate;
import org.clientela.customers.CustomerId;

/**
 * A customer was entered in the lost-customer register: they stopped buying on {@code lostOn}
 * for {@code reason}. Published once per loss, after the register's transaction commits.
 */
public record CustomerMarkedLost(CustomerId customerId, LossReason reason, LocalDate lostOn, String by) {}
