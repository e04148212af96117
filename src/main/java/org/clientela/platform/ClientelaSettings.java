package org.clientela.platform;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Currency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The business-wide settings under {@code clientela.*}.
 *
 * @param dataDir            folder of the embedded database and of files kept by the app
 * @param demo               whether a new embedded database starts with the demo business
 * @param timeZone           the business's time zone: "today" and dates on the page use it
 * @param currency           the currency of amounts that do not name one
 * @param defaultCountryCode calling code assumed for phone numbers written without one
 */
@ConfigurationProperties("clientela")
public record ClientelaSettings(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("true") boolean demo,
        @DefaultValue("Atlantic/Canary") ZoneId timeZone,
        @DefaultValue("EUR") Currency currency,
        @DefaultValue("34") String defaultCountryCode) {}
