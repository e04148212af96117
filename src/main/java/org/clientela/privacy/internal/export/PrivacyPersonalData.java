package org.clientela.privacy.internal.export;

import java.util.Set;
import org.clientela.platform.PersonalDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What privacy holds about a customer, for their own export: the rights requests they made. */
@Configuration(proxyBeanMethods = false)
class PrivacyPersonalData {

    @Bean
    static PersonalDataSource privacyRightsRequestsPersonalData() {
        return PersonalDataSource.of(
                "rights-requests",
                Set.of("privacy_request"),
                "SELECT * FROM privacy_request WHERE customer_id = :customerId ORDER BY id");
    }
}
