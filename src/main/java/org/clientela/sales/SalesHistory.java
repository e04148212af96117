package org.clientela.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clientela.customers.CustomerId;

/**
 * Loads a ready-made sales history in bulk: campaigns, their prospects with contacts and every
 * step taken with them. For the demo business and for benchmarks, where a history is written in
 * one go rather than step by step through the pages. Each prospect's first-step moments, outcome,
 * size band and lookup keys are computed here from what it is given, by the rules the activity log
 * follows, so a loaded history counts in the funnel exactly as a logged one would.
 *
 * <p>Words are the names of the module's own types: strategies {@code TOP_DOWN}, {@code BOTTOM_UP};
 * sources {@code LIST}, {@code WEB_FORM}, {@code REFERRAL}, {@code EVENT}, {@code COLD},
 * {@code OTHER}; activity kinds {@code CALL}, {@code CONVERSATION}, {@code APPOINTMENT},
 * {@code MEETING}, {@code PROPOSAL}, {@code WON}, {@code LOST}; lost reasons {@code PRICE},
 * {@code TIMING}, {@code COMPETITOR}, {@code NO_BUDGET}, {@code NO_DECISION_MAKER}, {@code NO_NEED},
 * {@code NO_ANSWER}, {@code OTHER}. A word outside these, an activity after a {@code WON} or
 * {@code LOST}, a {@code WON} or {@code PROPOSAL} without amount or a {@code LOST} without reason
 * is refused with {@link IllegalArgumentException} and nothing is written (the caller's
 * transaction rolls back).
 */
public interface SalesHistory {

    /**
     * Writes the campaigns, then the prospects as the stream hands them over (a few thousand at a
     * time, so millions of activities never sit in memory together), in the caller's transaction.
     *
     * @param campaigns the campaigns the prospects refer to by {@link CampaignRecord#key()}
     * @param prospects the prospects, each with its contacts and activities
     * @return the ids the campaigns were given and how many rows were written
     */
    Loaded load(List<CampaignRecord> campaigns, Stream<ProspectRecord> prospects);

    /**
     * A campaign.
     *
     * @param key       how the prospects of this load name it (not stored)
     * @param status    {@code PLANNED}, {@code ACTIVE} or {@code CLOSED}
     * @param endsOn    null while open-ended
     * @param sectors   CNAE section codes it targets
     * @param sizeBands size band codes it targets ({@code MICRO}, {@code SMALL}, …)
     * @param sellers   usernames of its sellers
     * @param createdAt when it was set up
     */
    record CampaignRecord(
            String key,
            String name,
            String strategy,
            String status,
            LocalDate startsOn,
            LocalDate endsOn,
            List<String> sectors,
            List<String> sizeBands,
            List<String> sellers,
            Instant createdAt) {}

    /**
     * A prospect. Its size band is derived from {@code employees} by the size bands of the database;
     * its sort name, e-mail key, phone digits and tax id key from name, e-mail, phone and tax id.
     *
     * @param campaign   the {@link CampaignRecord#key()} of its campaign, or null
     * @param externalId unique when given, as an import's external id
     * @param research   the research checklist; null when none was done
     * @param customer   the customer it became, for a won prospect; else null
     * @param createdAt  when it was entered (its last change is its last activity, or this)
     * @param activities its steps in any order; they are sorted by moment
     */
    record ProspectRecord(
            String campaign,
            String externalId,
            String name,
            String taxId,
            String sector,
            Integer employees,
            String phone,
            String email,
            String web,
            String address,
            String city,
            String postalCode,
            String source,
            String owner,
            Research research,
            CustomerId customer,
            Instant createdAt,
            List<ContactRecord> contacts,
            List<ActivityRecord> activities) {}

    /**
     * The research checklist: each item done when not blank.
     *
     * @param contact  the name of the person with the title to approach
     * @param business what the company does to exist and prosper
     * @param news     recent changes or news
     * @param reason   why we chose it
     */
    record Research(String contact, String business, String news, String reason) {}

    /** A person at the prospect; {@code decisionLevel} as customers' contacts have it, or null. */
    record ContactRecord(String name, String jobTitle, String decisionLevel, String email, String phone) {}

    /**
     * A step taken with the prospect, in its campaign.
     *
     * @param minutes       time it took, or null
     * @param amount        the proposal's or the sale's amount ({@code PROPOSAL}, {@code WON})
     * @param appointmentAt for an {@code APPOINTMENT}, when it was agreed to take place
     * @param lostReason    for a {@code LOST}
     */
    record ActivityRecord(
            String kind,
            Instant at,
            String seller,
            Integer minutes,
            BigDecimal amount,
            Instant appointmentAt,
            String lostReason,
            String note) {}

    /** What a load wrote. */
    record Loaded(Map<String, Long> campaignIds, long prospects, long contacts, long activities) {}
}
