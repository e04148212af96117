package org.clientela.customers.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The business's customer numbers under {@code clientela.customers.number.*}: a prefix and a number
 * of digits, zero-padded ({@code C} and 7 give {@code C0001000}, as the demo's and most imported files'
 * numbers look).
 *
 * @param prefix letters before the digits
 * @param digits how many digits at least, zero-padded
 */
@ConfigurationProperties("clientela.customers.number")
record CustomerNumberSettings(
        @DefaultValue("C") String prefix, @DefaultValue("7") int digits) {}
