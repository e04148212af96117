package org.clientela.sales.internal.figures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.clientela.sales.internal.activities.ActivityDays;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small sales history with hand-computed figures, written with plain SQL (the prospects and
 * activities of the other parts of the module are not needed to test the figures). Two sellers,
 * each with a campaign: {@link #ana} works the top-down one, {@link #luis} the bottom-up one;
 * every moment is at noon UTC, in December 2024 and January 2025.
 *
 * <pre>
 *            created  call  conv   appt   meet   prop   decided        amount research
 * P1 ana     01-02    01-03 01-05  01-06  01-10  01-12  WON 01-20      1000   4
 * P2 ana     01-02    01-03 01-05  01-07  01-11  01-13  LOST 01-25            4
 * P3 ana     01-02    01-04 01-06
 * P4 luis    01-02    01-07 01-08  01-09  01-15
 * P5 luis    01-02    01-08 01-09  01-10  01-16  01-17  WON 01-30      3000
 * P6 luis    01-02    01-03                             LOST 01-04 (no answer)
 * P7 luis    01-02
 * P8 ana     12-15         12-20  12-21  12-28  01-05  WON 01-10      2000
 * P9 ana     11-01                              12-01  LOST 01-02
 * </pre>
 *
 * January 2025, all: conversation→appointment 4/5, appointment→proposal 3/4, close 3/5 (P1, P5, P8
 * won; P2, P9 lost), cycle 15, 21, 21 days (median 21, mean 19), revenue per sale 2,000 (n 3);
 * funnel of the seven created in January: 7, 6, 5, 4, 4, 3, 2 with one lost at contacted and one
 * lost at proposal. Minutes in January: ana CALL 5 + CONVERSATION 20, luis CALL 3 + MEETING 60.
 */
public final class SalesFigureFixtures {

    public static final Instant JANUARY = Instant.parse("2025-01-01T00:00:00Z");
    public static final Instant FEBRUARY = Instant.parse("2025-02-01T00:00:00Z");

    public final String ana;
    public final String luis;
    public long topDown;
    public long bottomUp;
    public long p1;

    private final JdbcClient jdbc;

    /** What a SQL slice of the figures needs besides them: the day sums of minutes, in the business's zone. */
    @TestConfiguration
    @Import({DayMinutes.class, ActivityDays.class})
    static class DaySums {
        @Bean
        Clock clock() {
            return Clock.system(ZoneId.of("Atlantic/Canary"));
        }
    }

    public SalesFigureFixtures(JdbcClient jdbc, String suffix) {
        this.jdbc = jdbc;
        this.ana = "ana" + suffix;
        this.luis = "luis" + suffix;
    }

    public SalesFigureFixtures load() {
        topDown = campaign("Arriba " + ana, "TOP_DOWN");
        bottomUp = campaign("Abajo " + luis, "BOTTOM_UP");
        p1 = prospect(
                "P1", ana, topDown, "01-02", 4, "01-03", "01-05", "01-06", "01-10", "01-12", "WON", "01-20", 1000);
        prospect("P2", ana, topDown, "01-02", 4, "01-03", "01-05", "01-07", "01-11", "01-13", "LOST", "01-25", 0);
        prospect("P3", ana, topDown, "01-02", 1, "01-04", "01-06", null, null, null, null, null, 0);
        prospect("P4", luis, bottomUp, "01-02", 0, "01-07", "01-08", "01-09", "01-15", null, null, null, 0);
        prospect("P5", luis, bottomUp, "01-02", 0, "01-08", "01-09", "01-10", "01-16", "01-17", "WON", "01-30", 3000);
        prospect("P6", luis, bottomUp, "01-02", 0, "01-03", null, null, null, null, "LOST", "01-04", 0);
        prospect("P7", luis, bottomUp, "01-02", 0, null, null, null, null, null, null, null, 0);
        prospect("P8", ana, topDown, "12-15", 0, null, "12-20", "12-21", "12-28", "01-05", "WON", "01-10", 2000);
        prospect("P9", ana, topDown, "11-01", 0, null, null, null, null, "12-01", "LOST", "01-02", 0);
        activity(p1, topDown, ana, "CALL", "01-03", 5);
        activity(p1, topDown, ana, "CONVERSATION", "01-05", 20);
        activity(p1, topDown, luis, "CALL", "01-08", 3);
        activity(p1, topDown, luis, "MEETING", "01-15", 60);
        activity(p1, topDown, ana, "CALL", "12-20", 10);
        return this;
    }

    private long campaign(String name, String strategy) {
        jdbc.sql("INSERT INTO sales_campaign (name, strategy, status, starts_on, created_at)"
                        + " VALUES (:name, :strategy, 'ACTIVE', DATE '2024-11-01', :at)")
                .param("name", name)
                .param("strategy", strategy)
                .param("at", at("11-01"))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM sales_campaign WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private long prospect(
            String name,
            String owner,
            long campaign,
            String created,
            int research,
            String call,
            String conversation,
            String appointment,
            String meeting,
            String proposal,
            String outcome,
            String decided,
            int amount) {
        String fullName = name + " " + owner;
        jdbc.sql("INSERT INTO sales_prospect (name, sort_name, source, owner_username, campaign_id, research_done,"
                        + " first_call_at, first_conversation_at, first_appointment_at, first_meeting_at,"
                        + " first_proposal_at, outcome, decided_at, won_amount, sector_code, size_band_code,"
                        + " created_at, updated_at) VALUES (:name, :name, 'LIST', :owner, :campaign, :research,"
                        + " :call, :conversation, :appointment, :meeting, :proposal, :outcome, :decided, :amount,"
                        + " :sector, :band, :created, :created)")
                .param("name", fullName)
                .param("owner", owner)
                .param("campaign", campaign)
                .param("research", research)
                .param("call", at(call))
                .param("conversation", at(conversation))
                .param("appointment", at(appointment))
                .param("meeting", at(meeting))
                .param("proposal", at(proposal))
                .param("outcome", outcome)
                .param("decided", at(decided))
                .param("amount", "WON".equals(outcome) ? BigDecimal.valueOf(amount) : null)
                .param("sector", owner.equals(ana) ? "G" : "C")
                .param("band", owner.equals(ana) ? "SMALL" : "MICRO")
                .param("created", at(created))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM sales_prospect WHERE name = :name")
                .param("name", fullName)
                .query(Long.class)
                .single();
    }

    private void activity(long prospect, long campaign, String seller, String kind, String day, int minutes) {
        jdbc.sql(
                        "INSERT INTO sales_activity (prospect_id, campaign_id, seller_username, kind, at, minutes, recorded_at)"
                                + " VALUES (:prospect, :campaign, :seller, :kind, :at, :minutes, :at)")
                .param("prospect", prospect)
                .param("campaign", campaign)
                .param("seller", seller)
                .param("kind", kind)
                .param("at", at(day))
                .param("minutes", minutes)
                .update();
        // The day sums the activity log would keep; each fixture step is alone on its seller's day and kind,
        // and noon UTC is on the same day in any business time zone.
        jdbc.sql("INSERT INTO sales_activity_day (on_day, seller_username, campaign_id, kind, steps, minutes)"
                        + " VALUES (:day, :seller, :campaign, :kind, 1, :minutes)")
                .param("day", at(day).toLocalDate())
                .param("seller", seller)
                .param("campaign", campaign)
                .param("kind", kind)
                .param("minutes", minutes)
                .update();
    }

    /** Noon UTC of a day of December 2024 (11-, 12-) or January 2025 (01-). */
    static OffsetDateTime at(String monthDay) {
        if (monthDay == null) {
            return null;
        }
        String year = monthDay.startsWith("01") ? "2025" : "2024";
        return OffsetDateTime.of(
                java.time.LocalDate.parse(year + "-" + monthDay), java.time.LocalTime.NOON, ZoneOffset.UTC);
    }
}
