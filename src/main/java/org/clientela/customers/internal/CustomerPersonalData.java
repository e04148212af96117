package org.clientela.customers.internal;

import java.util.Set;
import org.clientela.platform.PersonalDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer's own record, the people at it and its tags, for the personal-data export. */
@Configuration(proxyBeanMethods = false)
class CustomerPersonalData {

    @Bean
    static PersonalDataSource customerRecordPersonalData() {
        return PersonalDataSource.of("customer", Set.of("customer"), "SELECT * FROM customer WHERE id = :customerId");
    }

    @Bean
    static PersonalDataSource customerContactsPersonalData() {
        return PersonalDataSource.of(
                "contacts", Set.of("contact"), "SELECT * FROM contact WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource customerTagsPersonalData() {
        return PersonalDataSource.of(
                "tags",
                Set.of("customer_tag"),
                "SELECT * FROM customer_tag WHERE customer_id = :customerId ORDER BY tag");
    }
}
