package org.clientela.sales.internal;

import java.util.Set;
import org.clientela.platform.PersonalDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What sales held about a customer while they were a prospect (the prospect they became a customer from),
 * for the personal-data export: the prospect, its people, the activities with it and the web forms it sent. */
@Configuration(proxyBeanMethods = false)
class SalesPersonalData {

    @Bean
    static PersonalDataSource salesProspectsPersonalData() {
        return PersonalDataSource.of(
                "prospects",
                Set.of("sales_prospect"),
                "SELECT * FROM sales_prospect WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource salesProspectContactsPersonalData() {
        return PersonalDataSource.of(
                "prospect-contacts",
                Set.of("sales_prospect_contact"),
                "SELECT * FROM sales_prospect_contact WHERE prospect_id IN (SELECT id FROM sales_prospect WHERE customer_id = :customerId) ORDER BY prospect_id, id");
    }

    @Bean
    static PersonalDataSource salesActivitiesPersonalData() {
        return PersonalDataSource.of(
                "activities",
                Set.of("sales_activity"),
                "SELECT * FROM sales_activity WHERE prospect_id IN (SELECT id FROM sales_prospect WHERE customer_id = :customerId) ORDER BY prospect_id, id");
    }

    @Bean
    static PersonalDataSource salesWebLeadsPersonalData() {
        return PersonalDataSource.of(
                "web-leads",
                Set.of("sales_web_lead"),
                "SELECT * FROM sales_web_lead WHERE prospect_id IN (SELECT id FROM sales_prospect WHERE customer_id = :customerId) ORDER BY prospect_id, id");
    }
}
