package org.clientela.sales.internal.prospects;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A company or person we want as a customer, as stored: what was typed, the keys it is compared by,
 * its research, and the moments of its first step of each kind (kept by the activity log).
 */
public record Prospect(
        Long id,
        String externalId,
        String name,
        String taxId,
        String sectorCode,
        Integer employees,
        String sizeBandCode,
        String phone,
        String email,
        String web,
        String address,
        String city,
        String postalCode,
        ProspectSource source,
        String owner,
        Long campaignId,
        String notes,
        Research research,
        List<ProspectContact> contacts,
        Steps steps,
        Long customerId,
        Instant createdAt,
        long version) {

    public static final int NAME_MAX = 200;
    public static final int TAX_ID_MAX = 40;
    public static final int PHONE_MAX = 40;
    public static final int EMAIL_MAX = 320;
    public static final int WEB_MAX = 300;
    public static final int ADDRESS_MAX = 300;
    public static final int CITY_MAX = 100;
    public static final int POSTAL_CODE_MAX = 20;
    public static final int OWNER_MAX = 64;
    public static final int NOTES_MAX = 4000;
    public static final int EMPLOYEES_MAX = 10_000_000;
    public static final int CONTACTS_MAX = 50;

    public Prospect {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        research = research == null ? Research.NONE : research;
        steps = steps == null ? Steps.NONE : steps;
    }

    /** The same prospect with other contact people. */
    public Prospect withContacts(List<ProspectContact> people) {
        return copy(id, people);
    }

    /** The same prospect under the id the database gave it. */
    public Prospect withId(Long newId) {
        return copy(newId, contacts);
    }

    private Prospect copy(Long newId, List<ProspectContact> people) {
        return new Prospect(
                newId,
                externalId,
                name,
                taxId,
                sectorCode,
                employees,
                sizeBandCode,
                phone,
                email,
                web,
                address,
                city,
                postalCode,
                source,
                owner,
                campaignId,
                notes,
                research,
                people,
                steps,
                customerId,
                createdAt,
                version);
    }

    public Stage stage() {
        return steps.stage();
    }

    /** The first moment of each step, the outcome once decided, and the amount of a sale. */
    public record Steps(
            Instant firstCall,
            Instant firstConversation,
            Instant firstAppointment,
            Instant firstMeeting,
            Instant firstProposal,
            String outcome,
            Instant decidedAt,
            BigDecimal wonAmount,
            String lostReason) {

        public static final Steps NONE = new Steps(null, null, null, null, null, null, null, null, null);

        public Stage stage() {
            return Stage.of(firstCall, firstConversation, firstAppointment, firstMeeting, firstProposal, outcome);
        }
    }
}
