package org.clientela.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.clientela.platform.SettingDefinition;
import org.clientela.service.internal.letters.LetterSettings;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The SMTP server of the settings page starts from {@code spring.mail.*}, so an installation that
 * sets it in its properties sends letters before anyone opens the page (the letter tests set their
 * server on the page, as an administrator would).
 */
class MailSettingDefaultsTests {

    @Test
    void theMailSettingsDefaultToSpringMail() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.mail.host", "smtp.example.es")
                .withProperty("spring.mail.port", "2525")
                .withProperty("spring.mail.username", "cartas");
        Map<String, String> defaults = defaults(environment);

        assertThat(defaults)
                .containsEntry(ServiceSettingGroups.MAIL_HOST, "smtp.example.es")
                .containsEntry(ServiceSettingGroups.MAIL_PORT, "2525")
                .containsEntry(ServiceSettingGroups.MAIL_USERNAME, "cartas")
                .containsEntry(ServiceSettingGroups.MAIL_FROM, "cartas@tamaran.es");
    }

    @Test
    void withoutSpringMailThereIsNoServerAndThePortIsTheSmtpDefault() {
        Map<String, String> defaults = defaults(new MockEnvironment());

        assertThat(defaults)
                .containsEntry(ServiceSettingGroups.MAIL_HOST, "")
                .containsEntry(ServiceSettingGroups.MAIL_PORT, "25");
    }

    private static Map<String, String> defaults(MockEnvironment environment) {
        return new ServiceSettingGroups()
                .mailSettingGroup(environment, new LetterSettings("Tamarán", "cartas@tamaran.es")).settings().stream()
                        .collect(Collectors.toMap(SettingDefinition::key, SettingDefinition::defaultValue));
    }
}
