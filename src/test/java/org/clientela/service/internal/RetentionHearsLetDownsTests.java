package org.clientela.service.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.math.BigDecimal;
import java.time.Instant;
import org.clientela.customers.CustomerId;
import org.clientela.retention.LetDowns;
import org.clientela.service.CaseId;
import org.clientela.service.CaseResolved;
import org.clientela.service.CaseType;
import org.clientela.service.Resolution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which resolved cases are a let-down for retention: only a complaint resolved against the customer. */
class RetentionHearsLetDownsTests {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "COMPLAINT, AGAINST_CUSTOMER, true",
        "COMPLAINT, IN_FAVOUR, false",
        "QUESTION, AGAINST_CUSTOMER, false",
        "REQUEST, AGAINST_CUSTOMER, false"
    })
    void onlyAComplaintResolvedAgainstTheCustomerIsALetDown(CaseType type, Resolution resolution, boolean told) {
        LetDowns letDowns = mock(LetDowns.class);
        new RetentionHearsLetDowns(letDowns)
                .on(new CaseResolved(
                        CaseId.of(12), CustomerId.of(7), "C-2026-000012", type, resolution, BigDecimal.ZERO, NOW));
        if (told) {
            verify(letDowns).complaintClosedAgainst(CustomerId.of(7), 12, NOW);
        } else {
            verifyNoInteractions(letDowns);
        }
    }
}
