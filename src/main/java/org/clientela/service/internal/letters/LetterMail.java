package org.clientela.service.internal.letters;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Hands a letter to the SMTP server of {@code spring.mail.*}. Without {@code spring.mail.host}
 * Spring Boot makes no mail sender and letters cannot go out by e-mail (they can still be printed).
 */
@Component
class LetterMail {

    private final ObjectProvider<JavaMailSender> sender;
    private final LetterSettings settings;

    LetterMail(ObjectProvider<JavaMailSender> sender, LetterSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /** Whether an SMTP server is configured. */
    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends the letter as a plain-text e-mail.
     *
     * @throws LetterRefused  with {@code MAIL_NOT_CONFIGURED} when there is no SMTP server
     * @throws MailException  when the server does not take it
     */
    void send(Letter letter, String to) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new LetterRefused(LetterRefused.Reason.MAIL_NOT_CONFIGURED);
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.businessName() + " <" + settings.mailFrom() + ">");
        message.setTo(to);
        message.setSubject(letter.getSubject());
        message.setText(letter.getText());
        mail.send(message);
    }
}
