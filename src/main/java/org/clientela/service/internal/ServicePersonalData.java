package org.clientela.service.internal;

import java.util.Set;
import org.clientela.platform.PersonalDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What service holds about a customer, for the personal-data export: cases with their notes,
 * concessions and investigations, the promises made, the letters written, alerts, the routing rule
 * that sends their cases to someone, and the keep-or-let-go assessments.
 */
@Configuration(proxyBeanMethods = false)
class ServicePersonalData {

    private static final String OF_CASES =
            " WHERE case_id IN (SELECT id FROM service_case WHERE customer_id = :customerId)" + " ORDER BY case_id, id";

    @Bean
    static PersonalDataSource serviceCasesPersonalData() {
        return PersonalDataSource.of(
                "cases",
                Set.of("service_case"),
                "SELECT * FROM service_case WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource serviceCaseNotesPersonalData() {
        return PersonalDataSource.of(
                "case-notes", Set.of("service_case_note"), "SELECT * FROM service_case_note" + OF_CASES);
    }

    @Bean
    static PersonalDataSource serviceConcessionsPersonalData() {
        return PersonalDataSource.of(
                "concessions", Set.of("service_concession"), "SELECT * FROM service_concession" + OF_CASES);
    }

    @Bean
    static PersonalDataSource serviceInvestigationsPersonalData() {
        return PersonalDataSource.of(
                "investigations", Set.of("service_investigation"), "SELECT * FROM service_investigation" + OF_CASES);
    }

    @Bean
    static PersonalDataSource servicePromisesPersonalData() {
        return PersonalDataSource.of(
                "promises",
                Set.of("service_promise"),
                "SELECT * FROM service_promise WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource serviceLettersPersonalData() {
        return PersonalDataSource.of(
                "letters",
                Set.of("service_letter"),
                "SELECT * FROM service_letter WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource serviceAlertsPersonalData() {
        return PersonalDataSource.of(
                "alerts",
                Set.of("service_customer_alert"),
                "SELECT * FROM service_customer_alert WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource serviceRoutingRulePersonalData() {
        return PersonalDataSource.of(
                "case-routing",
                Set.of("service_routing_rule"),
                "SELECT * FROM service_routing_rule WHERE customer_id = :customerId");
    }

    @Bean
    static PersonalDataSource serviceKeepAssessmentsPersonalData() {
        return PersonalDataSource.of(
                "keep-assessments",
                Set.of("service_keep_assessment"),
                "SELECT * FROM service_keep_assessment WHERE customer_id = :customerId ORDER BY id");
    }
}
