package org.clientela.retention;

import java.time.LocalDate;

/** A customer in the lost-customer register came back on {@code wonBackOn}; their loss no longer stands. */
public record CustomerWonBack(long customerId, LocalDate wonBackOn, String by) {}
