package org.clientela.satisfaction.internal;

import java.util.Set;
import org.clientela.platform.PersonalDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What satisfaction holds about a customer, for the personal-data export: surveys and the call-backs after them,
 * when they were last asked and where not to ask them, follow-up calls, ideas, gestures, the loyalty club and
 * the internal requests made on their behalf. */
@Configuration(proxyBeanMethods = false)
class SatisfactionPersonalData {

    @Bean
    static PersonalDataSource satisfactionSurveysPersonalData() {
        return PersonalDataSource.of(
                "surveys",
                Set.of("satisfaction_survey"),
                "SELECT * FROM satisfaction_survey WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource satisfactionSurveyCallBacksPersonalData() {
        return PersonalDataSource.of(
                "survey-call-backs",
                Set.of("satisfaction_call_back"),
                "SELECT * FROM satisfaction_call_back WHERE customer_id = :customerId ORDER BY survey_id");
    }

    @Bean
    static PersonalDataSource satisfactionRespondentPersonalData() {
        return PersonalDataSource.of(
                "survey-respondent",
                Set.of("satisfaction_respondent"),
                "SELECT * FROM satisfaction_respondent WHERE customer_id = :customerId");
    }

    @Bean
    static PersonalDataSource satisfactionContactStopsPersonalData() {
        return PersonalDataSource.of(
                "contact-stops",
                Set.of("satisfaction_contact_stop"),
                "SELECT * FROM satisfaction_contact_stop WHERE customer_id = :customerId ORDER BY channel");
    }

    @Bean
    static PersonalDataSource satisfactionFollowUpsPersonalData() {
        return PersonalDataSource.of(
                "follow-ups",
                Set.of("satisfaction_follow_up"),
                "SELECT * FROM satisfaction_follow_up WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource satisfactionIdeasPersonalData() {
        return PersonalDataSource.of(
                "ideas",
                Set.of("satisfaction_idea"),
                "SELECT * FROM satisfaction_idea WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource satisfactionGesturesPersonalData() {
        return PersonalDataSource.of(
                "gestures",
                Set.of("satisfaction_gesture"),
                "SELECT * FROM satisfaction_gesture WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource satisfactionLoyaltyMembersPersonalData() {
        return PersonalDataSource.of(
                "loyalty-memberships",
                Set.of("satisfaction_loyalty_member"),
                "SELECT * FROM satisfaction_loyalty_member WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource satisfactionLoyaltyTierChangesPersonalData() {
        return PersonalDataSource.of(
                "loyalty-tier-changes",
                Set.of("satisfaction_loyalty_tier_change"),
                "SELECT * FROM satisfaction_loyalty_tier_change WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource satisfactionLoyaltyInvitationsPersonalData() {
        return PersonalDataSource.of(
                "loyalty-invitations",
                Set.of("satisfaction_loyalty_invitation"),
                "SELECT * FROM satisfaction_loyalty_invitation WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource satisfactionLoyaltyScoresPersonalData() {
        return PersonalDataSource.of(
                "loyalty-scores",
                Set.of("satisfaction_loyalty_score"),
                "SELECT * FROM satisfaction_loyalty_score WHERE customer_id = :customerId ORDER BY program_id");
    }

    @Bean
    static PersonalDataSource satisfactionInternalRequestsPersonalData() {
        return PersonalDataSource.of(
                "internal-requests",
                Set.of("satisfaction_internal_request"),
                "SELECT * FROM satisfaction_internal_request WHERE customer_id = :customerId ORDER BY id");
    }
}
