package org.clientela.privacy.internal.erasure;

import java.time.LocalDate;
import java.util.List;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.SettingDefinition;
import org.clientela.platform.SettingGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How long the business keeps a customer's data after the relationship ends (their last order,
 * their last case, or the day they were added when there is neither): the policy period, after
 * which the customer is blocked (hidden, kept only for legal claims, LOPDGDD art. 32), and the
 * period the accounts must be kept (orders and invoices, six years: Código de Comercio art. 30),
 * after which the customer is anonymised. Both are business settings, in whole years.
 */
@Configuration(proxyBeanMethods = false)
public class RetentionPeriods {

    static final String POLICY_YEARS = "privacy.retention.policy-years";
    static final String ORDERS_YEARS = "privacy.retention.orders-years";
    /** 1 once someone has looked at the preview and lets the daily run apply the periods; 0 (the default) until then. */
    static final String DAILY = "privacy.retention.daily";

    private final BusinessSettings settings;

    RetentionPeriods(BusinessSettings settings) {
        this.settings = settings;
    }

    @Bean
    static SettingGroup privacyRetentionSettingGroup() {
        return SettingDefinition.group(
                "privacy-retention",
                80,
                List.of(
                        SettingDefinition.whole(POLICY_YEARS, 3, 1, 10),
                        SettingDefinition.whole(ORDERS_YEARS, 6, 6, 15),
                        SettingDefinition.whole(DAILY, 0, 0, 1)));
    }

    /**
     * Whether the daily run may apply the periods: off until someone lets it, after looking at what
     * it would do, since a business that imports years of history would otherwise find customers
     * anonymised the first night, and anonymising cannot be undone.
     */
    public boolean dailyRunAllowed() {
        return settings.whole(DAILY) == 1;
    }

    /** What is due for a customer whose relationship ended on {@code end}, seen on {@code today}. */
    public ErasureStep due(LocalDate end, LocalDate today) {
        int policy = settings.whole(POLICY_YEARS);
        int orders = Math.max(settings.whole(ORDERS_YEARS), policy);
        if (!end.plusYears(orders).isAfter(today)) {
            return ErasureStep.ANONYMISED;
        }
        if (!end.plusYears(policy).isAfter(today)) {
            return ErasureStep.BLOCKED;
        }
        return ErasureStep.ACTIVE;
    }
}
