package org.clientela.service;

/**
 * E-mail from the business to a person, through the SMTP server of the settings page, with the
 * business's name as the sender's — for other modules' messages (a survey link, a club invitation).
 */
public interface OutgoingMail {

    /** Whether an SMTP server is set; without one nothing can go out by e-mail. */
    boolean configured();

    /**
     * Sends a plain-text e-mail.
     *
     * @throws IllegalStateException when no SMTP server is set
     * @throws org.springframework.mail.MailException when the server does not take it
     */
    void send(String to, String subject, String text);
}
