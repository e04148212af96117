package org.clientela.satisfaction.internal.surveys;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a person may be asked and how e-mailed surveys work, under {@code clientela.satisfaction.*}.
 *
 * @param minDaysBetween the fatigue cap: nobody is asked again within this many days, whatever the
 *                       survey and however it is asked (a skipped request does not count)
 * @param surveys        the surveys' own settings
 */
@ConfigurationProperties("clientela.satisfaction")
public record SurveySettings(
        @DefaultValue("90") int minDaysBetween,
        @DefaultValue Surveys surveys) {

    /**
     * @param linkValidDays  an e-mailed link answers for this many days, once
     * @param npsEveryMonths NPS is asked of a customer at most once in this many months
     * @param publicUrl      the address customers reach this application at, for the links in
     *                       e-mails sent without a request to take it from (after a case resolves)
     */
    public record Surveys(
            @DefaultValue("30") int linkValidDays,
            @DefaultValue("6") int npsEveryMonths,
            @DefaultValue("http://localhost:8080") String publicUrl) {}

    public SurveySettings {
        if (minDaysBetween < 0 || surveys.linkValidDays() < 1 || surveys.npsEveryMonths() < 0) {
            throw new IllegalArgumentException(
                    "clientela.satisfaction.* must not be negative; links last a day at least");
        }
    }
}
