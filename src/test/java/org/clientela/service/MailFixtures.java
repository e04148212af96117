package org.clientela.service;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.clientela.platform.SettingsStore;
import org.clientela.service.web.TestMailServer;

/**
 * The in-process SMTP server of the letter tests, for other modules' tests that e-mail through
 * {@link OutgoingMail} (a survey link, a club invitation) and read what was sent.
 */
public final class MailFixtures {

    private MailFixtures() {}

    /** Sets the test server as the settings page's SMTP server. */
    public static void useIn(SettingsStore settings) {
        TestMailServer.useIn(settings);
    }

    /** Sets the test server as the settings page's SMTP server (reset the settings after the test). */
    public static void useTestServer(SettingsStore settings) {
        TestMailServer.useIn(settings);
    }

    /** The messages the test server received for {@code address}. */
    public static List<MimeMessage> receivedBy(String address) {
        return TestMailServer.receivedBy(address);
    }
}
