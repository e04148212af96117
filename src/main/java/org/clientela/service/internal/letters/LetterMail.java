package org.clientela.service.internal.letters;

import java.util.Properties;
import org.clientela.platform.BusinessSettings;
import org.clientela.service.internal.ServiceSettingGroups;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Hands a letter to the SMTP server of the settings page (host, port, user, password and sender
 * address, read at each sending; {@code spring.mail.*} gives the defaults). Without a host letters
 * cannot go out by e-mail (they can still be printed). Further JavaMail properties, such as
 * {@code spring.mail.properties.mail.smtp.starttls.enable=true}, come from application.properties.
 */
@Component
class LetterMail {

    static final String MAIL_PROPERTIES = "spring.mail.properties.";

    private final BusinessSettings settings;
    private final Properties javaMail;

    LetterMail(BusinessSettings settings, ConfigurableEnvironment environment) {
        this.settings = settings;
        this.javaMail = javaMailProperties(environment);
    }

    /** Whether an SMTP server is set. */
    boolean configured() {
        return !settings.value(ServiceSettingGroups.MAIL_HOST).isBlank();
    }

    /**
     * Sends the letter as a plain-text e-mail.
     *
     * @throws LetterRefused  with {@code MAIL_NOT_CONFIGURED} when there is no SMTP server
     * @throws MailException  when the server does not take it
     */
    void send(Letter letter, String to) {
        send(to, letter.getSubject(), letter.getText());
    }

    /**
     * Sends a plain-text e-mail from the business.
     *
     * @throws LetterRefused  with {@code MAIL_NOT_CONFIGURED} when there is no SMTP server
     * @throws MailException  when the server does not take it
     */
    void send(String to, String subject, String text) {
        String host = settings.value(ServiceSettingGroups.MAIL_HOST);
        if (host.isBlank()) {
            throw new LetterRefused(LetterRefused.Reason.MAIL_NOT_CONFIGURED);
        }
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost(host);
        mail.setPort(settings.whole(ServiceSettingGroups.MAIL_PORT));
        String username = settings.value(ServiceSettingGroups.MAIL_USERNAME);
        if (!username.isBlank()) {
            mail.setUsername(username);
            mail.setPassword(settings.value(ServiceSettingGroups.MAIL_PASSWORD));
        }
        mail.setJavaMailProperties(javaMail);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.value(ServiceSettingGroups.BUSINESS_NAME) + " <"
                + settings.value(ServiceSettingGroups.MAIL_FROM) + ">");
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        mail.send(message);
    }

    private static Properties javaMailProperties(ConfigurableEnvironment environment) {
        Properties properties = new Properties();
        environment.getPropertySources().forEach(source -> {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith(MAIL_PROPERTIES)
                            && !properties.containsKey(name.substring(MAIL_PROPERTIES.length()))) {
                        properties.setProperty(name.substring(MAIL_PROPERTIES.length()), environment.getProperty(name));
                    }
                }
            }
        });
        return properties;
    }
}
