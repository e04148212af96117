package org.clientela.service.internal.letters;

import java.util.Locale;
import org.clientela.platform.ContactPermission;
import org.clientela.service.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

@Component
class SmtpOutgoingMail implements OutgoingMail {

    private final LetterMail mail;
    private final MessageSource messages;

    SmtpOutgoingMail(LetterMail mail, MessageSource messages) {
        this.mail = mail;
        this.messages = messages;
    }

    @Override
    public boolean configured() {
        return mail.configured();
    }

    @Override
    public void send(
            long customerId,
            ContactPermission.Purpose purpose,
            Locale language,
            String to,
            String subject,
            String text) {
        if (!mail.configured()) {
            throw new IllegalStateException("No SMTP server is set on the settings page");
        }
        String link = mail.unsubscribeLink(customerId, purpose);
        // The way out in the words of the message too: not every mail program shows the header.
        String body = link == null
                ? text
                : text + "\n\n-- \n" + messages.getMessage("service.mail.unsubscribe", new Object[] {link}, language);
        mail.send(to, subject, body, link);
    }
}
