package org.clientela.service;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.clientela.platform.SettingsStore;
import org.clientela.service.web.TestMailServer;

/**
<<<<<<< HEAD
 * The in-process SMTP server of the letter tests, for other modules' tests of mail sent through
 * {@link OutgoingMail} (a survey link, a club invitation).
=======
 * The in-process SMTP server of the letter tests, for other modules' tests that e-mail through
 * {@link OutgoingMail} (a survey link, a club invitation) and read what was sent.
>>>>>>> satsurveys
 */
public final class MailFixtures {

    private MailFixtures() {}

<<<<<<< HEAD
    /** Sets the test server as the settings page's SMTP server. */
    public static void useIn(SettingsStore settings) {
=======
    /** Sets the test server as the settings page's SMTP server (reset the settings after the test). */
    public static void useTestServer(SettingsStore settings) {
>>>>>>> satsurveys
        TestMailServer.useIn(settings);
    }

    /** The messages the test server received for {@code address}. */
    public static List<MimeMessage> receivedBy(String address) {
        return TestMailServer.receivedBy(address);
    }
}
