package org.clientela.support;

import org.clientela.customers.CustomerNameFixtures;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.WebSliceFixtures;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** What {@link WebSliceTest} adds to Spring Boot's web slice. */
@TestConfiguration(proxyBeanMethods = false)
// Pages of every module show an anonymised customer's name in the reader's language through it.
@Import({WebSliceFixtures.Configuration.class, CustomerNameFixtures.Configuration.class})
public class WebSliceSetup {

    /** The business settings as application.properties has them, without the settings table. */
    @Bean
    BusinessSettings businessSettings() {
        return key -> switch (key) {
            case BusinessSettings.TIME_ZONE -> "Atlantic/Canary";
            case BusinessSettings.CURRENCY -> "EUR";
            default -> throw new IllegalArgumentException("No setting " + key + " in a web slice");
        };
    }
}
