package org.clientela.sales;

import java.math.BigDecimal;
import org.clientela.customers.CustomerId;

/**
 * A prospect said yes: it is now (or already was) the customer {@code customerId}, won for
 * {@code amount} by the campaign {@code campaignId} ({@code null} when it was in none), so that what a
 * campaign brought can be followed in what its customers buy afterwards; {@code wonBy} is the person
 * who logged the win.
 */
public record ProspectWon(long prospectId, CustomerId customerId, Long campaignId, BigDecimal amount, String wonBy) {}
