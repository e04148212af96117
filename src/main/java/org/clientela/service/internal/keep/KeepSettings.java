package org.clientela.service.internal.keep;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the keep-or-let-go assessment under {@code clientela.service.keep.*}.
 *
 * @param hoursPerCase the hours a case costs us, counted into a customer's cost to serve
 */
@ConfigurationProperties("clientela.service.keep")
public record KeepSettings(@DefaultValue("1.5") BigDecimal hoursPerCase) {}
