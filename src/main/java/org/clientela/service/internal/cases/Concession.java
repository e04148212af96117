package org.clientela.service.internal.cases;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** Something given to the customer to put things right, with its value in the business's currency. */
@Table("service_concession")
public record Concession(ConcessionKind kind, BigDecimal amount, String note, String grantedBy, Instant grantedAt) {}
