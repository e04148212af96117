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
    static PersonalDataSource satisfactionSurveys() {
        return PersonalDataSource.of(
                "surveys",
                Set.of("satisfaction_survey"),
                "SELECT * FROM satisfaction_survey WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource satisfactionSurveyCallBacks() {
        return PersonalDataSource.of(
                "survey-call-backs",
                Set.of("satisfaction_call_back"),
                "SELECT * FROM satisfaction_call_back WHERE customer_id = :customerId ORDER BY survey_id");
    }

    @Bean
    static PersonalDataSource satisfactionRespondent() {
        return PersonalDataSource.of(
                "survey-respondent",
                Set.of("satisfaction_respondent"),
                "SELECT * FROM satisfaction_respondent WHERE customer_id = :customerId");
    }

    @Bean
    static PersonalDataSource satisfactionContactStops() {
        return PersonalDataSource.of(
                "contact-stops",
                Set.of("satisfaction_contact_stop"),
                "SELECT * FROM satisfaction_contact_stop WHERE customer_id = :customerId ORDER BY channel");
    }

    @Bean
    static PersonalDataSource satisfactionFollowUps() {
        return PersonalDataSource.of(
                "follow-ups",
                Set.of("satisfaction_follow_up"),
                "SELECT * FROM satisfaction_follow_up WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource satisfactionIdeas() {
        return PersonalDataSource.of(
                "ideas",
                Set.of("satisfaction_idea"),
                "SELECT * FROM satisfaction_idea WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource satisfactionGestures() {
        return PersonalDataSource.of(
                "gestures",
                Set.of("satisfaction_gesture"),
                "SELECT * FROM satisfaction_gesture WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource satisfactionLoyaltyMembers() {
        return PersonalDataSource.of(
                "loyalty-memberships",
                Set.of("satisfaction_loyalty_member"),
                "SELECT * FROM satisfaction_loyalty_member WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource satisfactionLoyaltyTierChanges() {
        return PersonalDataSource.of(
                "loyalty-tier-changes",
                Set.of("satisfaction_loyalty_tier_change"),
                "SELECT * FROM satisfaction_loyalty_tier_change WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource satisfactionLoyaltyInvitations() {
        return PersonalDataSource.of(
                "loyalty-invitations",
                Set.of("satisfaction_loyalty_invitation"),
                "SELECT * FROM satisfaction_loyalty_invitation WHERE customer_id = :customerId ORDER BY id");
    }

    @Bean
    static PersonalDataSource satisfactionLoyaltyScores() {
        return PersonalDataSource.of(
                "loyalty-scores",
                Set.of("satisfaction_loyalty_score"),
                "SELECT * FROM satisfaction_loyalty_score WHERE customer_id = :customerId ORDER BY program_id");
    }

    @Bean
    static PersonalDataSource satisfactionInternalRequests() {
        return PersonalDataSource.of(
                "internal-requests",
                Set.of("satisfaction_internal_request"),
                "SELECT * FROM satisfaction_internal_request WHERE customer_id = :customerId ORDER BY id");
    }
}
