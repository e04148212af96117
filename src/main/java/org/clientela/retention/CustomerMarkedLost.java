package org.clientela.retention;

import java.time.LocalDate;

/**
 * A customer was entered in the lost-customer register: they stopped buying on {@code lostOn}
 * for {@code reason}. Published once per loss, after the register's transaction commits.
 */
public record CustomerMarkedLost(long customerId, LossReason reason, LocalDate lostOn, String by) {}
