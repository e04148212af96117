package org.clientela.privacy.internal.erasure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention settings under {@code clientela.privacy.retention.*}.
 *
 * @param prospectMonths how long a prospect who never became a customer is kept without any dealing
 *                       (added or changed, a step, a call-back, a web form, a business case) before
 *                       the daily run anonymises them; there is no blocked period, since there is no
 *                       contract or invoice to defend
 */
@ConfigurationProperties("clientela.privacy.retention")
public record ProspectRetentionSettings(@DefaultValue("24") int prospectMonths) {

    public ProspectRetentionSettings {
        if (prospectMonths < 1) {
            throw new IllegalArgumentException("clientela.privacy.retention.prospect-months must be at least 1");
        }
    }
}
