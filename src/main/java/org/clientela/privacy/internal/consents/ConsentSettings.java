package org.clientela.privacy.internal.consents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Consent settings under {@code clientela.privacy.consents.*}.
 *
 * @param publicUrl the address customers reach this application at, for the unsubscribe links of
 *                  e-mails sent without a request to take it from (the CSAT sent when a case is
 *                  resolved); the same {@code CLIENTELA_PUBLIC_URL} the survey links use
 */
@ConfigurationProperties("clientela.privacy.consents")
public record ConsentSettings(
        @DefaultValue("http://localhost:8080") String publicUrl) {}
