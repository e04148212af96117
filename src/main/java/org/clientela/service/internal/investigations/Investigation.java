package org.clientela.service.internal.investigations;

import java.time.Instant;

/**
 * What we found out about a case where we dropped the ball.
 *
 * @param errorAdmitted  whether we told the customer it was our error
 * @param admissionNote  how and when they were told
 * @param fix            what changes so that the next customer is spared
 */
public record Investigation(
        long caseId,
        String promised,
        String expected,
        String received,
        boolean errorAdmitted,
        String admissionNote,
        RootCause rootCause,
        String rootCauseNote,
        String fix,
        String recordedBy,
        Instant recordedAt,
        String updatedBy,
        Instant updatedAt,
        long version) {}
