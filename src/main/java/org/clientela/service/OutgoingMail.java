package org.clientela.service;

import java.util.Locale;
import org.clientela.platform.ContactPermission;

/**
 * E-mail from the business to a customer, through the SMTP server of the settings page, with the
 * business's name as the sender's — for other modules' messages (a survey link, a club invitation).
 * Every one carries a one-click unsubscribe link (RFC 8058 {@code List-Unsubscribe} and
 * {@code List-Unsubscribe-Post} headers, and a last line of the text, since not every mail program
 * shows the headers) that withdraws the customer's consent to e-mail for the message's purpose. Asking whether the message may go at all ({@link ContactPermission}) is the
 * sender's part.
 */
public interface OutgoingMail {

    /** Whether an SMTP server is set; without one nothing can go out by e-mail. */
    boolean configured();

    /**
     * Sends a plain-text e-mail to the customer {@code customerId}.
     *
     * @param purpose  what the message is for: what its unsubscribe link withdraws
     * @param language the language of the message, for the line with the link
     * @throws IllegalStateException when no SMTP server is set
     * @throws org.springframework.mail.MailException when the server does not take it
     */
    void send(
            long customerId,
            ContactPermission.Purpose purpose,
            Locale language,
            String to,
            String subject,
            String text);
}
