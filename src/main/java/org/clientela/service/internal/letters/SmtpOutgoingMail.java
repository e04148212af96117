package org.clientela.service.internal.letters;

import org.clientela.platform.ContactPermission;
import org.clientela.service.OutgoingMail;
import org.springframework.stereotype.Component;

@Component
class SmtpOutgoingMail implements OutgoingMail {

    private final LetterMail mail;

    SmtpOutgoingMail(LetterMail mail) {
        this.mail = mail;
    }

    @Override
    public boolean configured() {
        return mail.configured();
    }

    @Override
    public void send(long customerId, ContactPermission.Purpose purpose, String to, String subject, String text) {
        if (!mail.configured()) {
            throw new IllegalStateException("No SMTP server is set on the settings page");
        }
        mail.send(to, subject, text, mail.unsubscribeLink(customerId, purpose));
    }
}
