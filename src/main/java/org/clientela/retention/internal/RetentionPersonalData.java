package org.clientela.retention.internal;

import java.util.Set;
import org.clientela.platform.PersonalDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What retention holds about a customer, for the personal-data export: the model's scores and segment, the
 * signals and calls of the radar, losses and let-downs, and the plan actions aimed at them. */
@Configuration(proxyBeanMethods = false)
class RetentionPersonalData {

    @Bean
    static PersonalDataSource retentionScoresPersonalData() {
        return PersonalDataSource.of(
                "retention-scores",
                Set.of("retention_customer_score"),
                "SELECT * FROM retention_customer_score WHERE customer_id = :customerId");
    }

    @Bean
    static PersonalDataSource retentionSegmentsPersonalData() {
        return PersonalDataSource.of(
                "retention-segments",
                Set.of("retention_customer_segment"),
                "SELECT * FROM retention_customer_segment WHERE customer_id = :customerId");
    }

    @Bean
    static PersonalDataSource retentionPresumedLostPersonalData() {
        return PersonalDataSource.of(
                "presumed-lost",
                Set.of("retention_presumed_lost"),
                "SELECT * FROM retention_presumed_lost WHERE customer_id = :customerId");
    }

    @Bean
    static PersonalDataSource retentionLossesPersonalData() {
        return PersonalDataSource.of(
                "losses",
                Set.of("retention_loss"),
                "SELECT * FROM retention_loss WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource retentionSignalsPersonalData() {
        return PersonalDataSource.of(
                "retention-signals",
                Set.of("retention_signal"),
                "SELECT * FROM retention_signal WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource retentionCallTasksPersonalData() {
        return PersonalDataSource.of(
                "call-tasks",
                Set.of("retention_call_task"),
                "SELECT * FROM retention_call_task WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource retentionLetDownsPersonalData() {
        return PersonalDataSource.of(
                "let-downs",
                Set.of("retention_let_down"),
                "SELECT * FROM retention_let_down WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource retentionPlanActionsPersonalData() {
        return PersonalDataSource.of(
                "plan-actions",
                Set.of("retention_action_customer"),
                "SELECT * FROM retention_action_customer WHERE customer_id = :customerId ORDER BY action_id");
    }
}
