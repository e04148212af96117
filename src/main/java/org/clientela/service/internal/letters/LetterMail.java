package org.clientela.service.internal.letters;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.ContactPermission;
import org.clientela.platform.UnsubscribeLinks;
import org.clientela.service.internal.ServiceSettingGroups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands a letter to the SMTP server of the settings page (host, port, user, password and sender
 * address, read at each sending; {@code spring.mail.*} gives the defaults). Without a host letters
 * cannot go out by e-mail (they can still be printed). Further JavaMail properties, such as
 * {@code spring.mail.properties.mail.smtp.starttls.enable=true}, come from application.properties.
 * <p>
 * Every e-mail to a customer carries a one-click unsubscribe link (RFC 8058): a letter's withdraws
 * their consent to offers by e-mail — a letter answers their case and goes regardless, but a
 * customer who presses "unsubscribe" on it wants no more of what they can stop. The links come
 * from the privacy module; without it (this module's own tests) the headers are left out.
 */
@Component
class LetterMail {

    static final String MAIL_PROPERTIES = "spring.mail.properties.";

    private final BusinessSettings settings;
    private final Properties javaMail;
    private final ObjectProvider<UnsubscribeLinks> unsubscribeLinks;

    LetterMail(
            BusinessSettings settings,
            ConfigurableEnvironment environment,
            ObjectProvider<UnsubscribeLinks> unsubscribeLinks) {
        this.settings = settings;
        this.javaMail = javaMailProperties(environment);
        this.unsubscribeLinks = unsubscribeLinks;
    }

    /** A new one-click link that withdraws the customer's consent to e-mail for {@code purpose}; null without one. */
    String unsubscribeLink(long customerId, ContactPermission.Purpose purpose) {
        UnsubscribeLinks links = unsubscribeLinks.getIfAvailable();
        return links == null ? null : links.create(customerId, ContactPermission.Channel.EMAIL, purpose);
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
        send(
                to,
                letter.getSubject(),
                letter.getText(),
                unsubscribeLink(letter.getCustomerId(), ContactPermission.Purpose.MARKETING));
    }

    /**
     * Sends a plain-text e-mail from the business, with the RFC 8058 headers when
     * {@code unsubscribeLink} is not null.
     *
     * @throws LetterRefused  with {@code MAIL_NOT_CONFIGURED} when there is no SMTP server
     * @throws MailException  when the server does not take it
     */
    void send(String to, String subject, String text, String unsubscribeLink) {
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
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(settings.value(ServiceSettingGroups.BUSINESS_NAME) + " <"
                    + settings.value(ServiceSettingGroups.MAIL_FROM) + ">");
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text);
            if (unsubscribeLink != null) {
                message.addHeader("List-Unsubscribe", "<" + unsubscribeLink + ">");
                message.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
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
