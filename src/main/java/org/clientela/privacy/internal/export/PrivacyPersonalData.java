package org.clientela.privacy.internal.export;

import java.util.Set;
import org.clientela.platform.PersonalDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What privacy holds about a customer, for their own export: the rights requests they made, every
 * consent they gave or withdrew with the words they were shown (and those of their contact people,
 * and of the prospect they were before, each line saying whose), the unsubscribe links sent to them
 * (never the token), and the steps of their erasure.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyPersonalData {

    @Bean
    static PersonalDataSource privacyRightsRequestsPersonalData() {
        return PersonalDataSource.of(
                "rights-requests",
                Set.of("privacy_request"),
                "SELECT * FROM privacy_request WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource privacyConsentsPersonalData() {
        return PersonalDataSource.of("consents", Set.of("privacy_consent_event", "privacy_consent_current"), """
                SELECT e.id, e.person_kind, e.person_id, e.channel, e.purpose, e.status, e.legal_basis, e.source, e.recorded_at,
                       e.recorded_by, t.body AS text_shown
                  FROM privacy_consent_event e JOIN privacy_consent_text t ON t.id = e.text_id
                 WHERE e.customer_id = :customerId ORDER BY e.id""");
    }

    @Bean
    static PersonalDataSource privacyUnsubscribeLinksPersonalData() {
        return PersonalDataSource.of("unsubscribe-links", Set.of("privacy_unsubscribe_link"), """
                SELECT channel, purpose, created_at, used_at FROM privacy_unsubscribe_link
                 WHERE customer_id = :customerId ORDER BY created_at""");
    }

    @Bean
    static PersonalDataSource privacyErasureStepsPersonalData() {
        return PersonalDataSource.of(
                "erasure-steps",
                Set.of("privacy_erasure"),
                "SELECT step, made_at, origin FROM privacy_erasure WHERE customer_id = :customerId ORDER BY id");
    }
}
