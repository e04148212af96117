package org.clientela.service.internal.cases;

import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;

/** What it takes to open and to change a case, already parsed. */
public final class CaseCommands {

    private CaseCommands() {}

    /** A new case; {@code owner} {@code null} lets the routing rules (or the opener) decide. */
    public record OpenCase(
            long customerId,
            CaseType type,
            Channel channel,
            ComplaintReason reason,
            Priority priority,
            String owner,
            String subject,
            String description) {}

    /** Changes to a case; {@code null} fields stay as they are. */
    public record ChangeCase(
            Priority priority,
            String owner,
            String subject,
            String description,
            ComplaintReason reason,
            Integer updateEveryDays) {}
}
