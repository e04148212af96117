package org.clientela.sales.internal.activities;

import java.time.Instant;
import org.clientela.sales.internal.prospects.Stage;

/** What the activity log reads of a prospect: whose it is, how far it came, and what a customer needs. */
public record ProspectFacts(
        long id,
        String name,
        String taxId,
        String email,
        String phone,
        String address,
        String city,
        String postalCode,
        String owner,
        Long campaignId,
        String outcome,
        Long customerId,
        Instant firstCall,
        Instant firstConversation,
        Instant firstAppointment,
        Instant firstMeeting,
        Instant firstProposal) {

    public Stage stage() {
        return Stage.of(firstCall, firstConversation, firstAppointment, firstMeeting, firstProposal, outcome);
    }

    public boolean decided() {
        return outcome != null;
    }
}
