package org.clientela.retention;

import java.time.LocalDate;
import org.clientela.customers.CustomerId;

/** A customer in the lost-customer register came back on {@code wonBackOn}; their loss no longer stands. */
public record CustomerWonBack(CustomerId customerId, LocalDate wonBackOn, String by) {}
