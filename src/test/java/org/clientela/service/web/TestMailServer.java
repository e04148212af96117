package org.clientela.service.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clientela.platform.SettingsStore;
import org.clientela.service.internal.ServiceSettingGroups;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on a free port, started once and shared by
 * the tests that {@link #useIn set it} on the settings page, as an administrator would. Tests tell
 * their messages apart by recipient, and put the settings back when they end
 * ({@code SettingsResets}): without a server letters cannot go out, and a test says so.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {}

    /** Sets the server as the settings page's SMTP server. */
    public static void useIn(SettingsStore settings) {
        settings.update(
                settings.view().version(),
                Map.of(
                        ServiceSettingGroups.MAIL_HOST,
                        "127.0.0.1",
                        ServiceSettingGroups.MAIL_PORT,
                        String.valueOf(server().getSmtp().getPort())));
    }

    static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** The messages received for {@code address}. */
    public static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(m -> addressedTo(m, address))
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
