package org.clientela.sales.internal.figures;

import java.util.Optional;

/**
 * How the sales figures are split. Each prospect-based figure groups a prospect by its owner,
 * campaign, the campaign's strategy, sector, size band, whether its research checklist is complete
 * (all four items) or the month of the figure's defining moment; time per activity kind groups an
 * activity by the seller who did it and the campaign and month it was done in. {@code ALL} is one
 * group for everything (a comparison's side, the funnel page's headline).
 */
public enum GroupBy {
    SELLER("seller"),
    CAMPAIGN("campaign"),
    STRATEGY("strategy"),
    SECTOR("sector"),
    SIZE_BAND("sizeBand"),
    RESEARCH("research"),
    MONTH("month"),
    ALL("all");

    private final String parameter;

    GroupBy(String parameter) {
        this.parameter = parameter;
    }

    /** The name in the API's {@code groupBy} parameter. */
    public String parameter() {
        return parameter;
    }

    /** The grouping named by an API parameter; {@code all} is not one a caller asks for. */
    public static Optional<GroupBy> of(String parameter) {
        for (GroupBy g : values()) {
            if (g != ALL && g.parameter.equals(parameter)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The SQL of a prospect's group key; {@code moment} is the column whose month {@code MONTH} takes. */
    String prospectKey(String moment) {
        return switch (this) {
            case SELLER -> "p.owner_username";
            case CAMPAIGN -> "CAST(p.campaign_id AS VARCHAR(20))";
            case STRATEGY -> "c.strategy";
            case SECTOR -> "p.sector_code";
            case SIZE_BAND -> "p.size_band_code";
            case RESEARCH -> "CASE WHEN p.research_done = 4 THEN 'COMPLETE' ELSE 'INCOMPLETE' END";
            case MONTH -> month(moment);
            case ALL -> "'ALL'";
        };
    }

    /** The SQL of an activity's group key (the prospect is joined as {@code p} when needed). */
    String activityKey() {
        return switch (this) {
            case SELLER -> "a.seller_username";
            case CAMPAIGN -> "CAST(a.campaign_id AS VARCHAR(20))";
            case MONTH -> month("a.at");
            default -> prospectKey("a.at");
        };
    }

    /**
     * The SQL of a day row's group key ({@code d} is {@code sales_activity_day}, {@code c} its campaign),
     * or {@code null} when the grouping needs the prospect, which a day row does not know.
     */
    String dayKey() {
        return switch (this) {
            case SELLER -> "d.seller_username";
            case CAMPAIGN -> "CAST(NULLIF(d.campaign_id, 0) AS VARCHAR(20))";
            case STRATEGY -> "c.strategy";
            case MONTH -> month("d.on_day");
            case ALL -> "'ALL'";
            default -> null;
        };
    }

    /**
     * A moment's month as the number {@code yyyymm}: plain arithmetic on two fields is several
     * times cheaper per row than formatting text, which matters over millions of activities.
     */
    private static String month(String moment) {
        return "CAST(EXTRACT(YEAR FROM " + moment + ") * 100 + EXTRACT(MONTH FROM " + moment + ") AS INTEGER)";
    }

    /** The key as shown from the key as read: a month {@code yyyymm} becomes {@code yyyy-mm}. */
    String shown(String key) {
        if (this != MONTH || key == null) {
            return key;
        }
        int month = Integer.parseInt(key);
        return "%04d-%02d".formatted(month / 100, month % 100);
    }

    /** Whether grouping activities needs their prospect's columns. */
    boolean activitiesNeedProspect() {
        return this == SECTOR || this == SIZE_BAND || this == RESEARCH;
    }
}
