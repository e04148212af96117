package org.clientela.service.internal.letters;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of reply letters, under {@code clientela.service.letters}. Sending by e-mail also needs
 * the SMTP server in {@code spring.mail.*} (at least {@code spring.mail.host}).
 *
 * @param businessName the letterhead of printed letters and the sender's name of e-mails
 * @param mailFrom     the address e-mails come from (and replies go to)
 */
@ConfigurationProperties("clientela.service.letters")
public record LetterSettings(
        @DefaultValue("Clientela") String businessName,
        @DefaultValue("noreply@localhost") String mailFrom) {}
