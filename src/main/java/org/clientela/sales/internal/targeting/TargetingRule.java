package org.clientela.sales.internal.targeting;

import java.util.Locale;
import org.clientela.sales.internal.campaigns.Strategy;

/**
 * One cell of the targeting matrix: in a campaign of {@code strategy}, at a company of this sector
 * and size band ({@link #ANY} for any), ask for a person with this title.
 */
public record TargetingRule(
        Long id,
        Strategy strategy,
        String sectorCode,
        String sizeBandCode,
        String titleEs,
        String titleEn,
        long version) {

    public static final String ANY = "*";
    public static final int TITLE_MAX = 100;

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleEs;
    }
}
