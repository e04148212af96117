package org.clientela.platform.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import org.clientela.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the very first start (no users yet) creates the {@code admin} account. Its password comes
 * from {@code CLIENTELA_ADMIN_PASSWORD}; without it a random one is generated and logged once. A chosen
 * password that the {@link PasswordPolicy} refuses stops the start with a message that says why: the
 * first admin is the account everyone would try first.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final String configuredPassword;

    FirstAdmin(
            UserAccountRepository users,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            Clock clock,
            @Value("${CLIENTELA_ADMIN_PASSWORD:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        if (!generated) {
            policy.objectionTo(configuredPassword).ifPresent(reason -> {
                throw new IllegalStateException(
                        "CLIENTELA_ADMIN_PASSWORD is not accepted as the first admin's password ("
                                + REASONS.getOrDefault(reason, reason)
                                + "). Choose another one, or leave it unset to have"
                                + " one generated, and start again.");
            });
        }
        String password = generated ? randomPassword() : configuredPassword;
        users.save(UserAccount.create(
                "admin", encoder.encode(password), "Admin", EnumSet.of(Role.ADMIN), clock.instant()));
        if (generated) {
            log.warn("""

                    ==================================================================
                      Clientela created the first user.
                        username: admin
                        password: {}
                      Sign in and change it; set CLIENTELA_ADMIN_PASSWORD to choose it.
                    ==================================================================""", password);
        } else {
            log.info("Clientela created the first user 'admin' with the password from CLIENTELA_ADMIN_PASSWORD");
        }
    }

    /** Said in the log only, before anyone can choose a language. */
    private static final Map<String, String> REASONS = Map.of(
            "user.password.size", "it has fewer than " + PasswordPolicy.MIN_LENGTH + " characters",
            "user.password.tooLong", "it is longer than " + PasswordPolicy.MAX_BYTES + " bytes",
            "user.password.common", "it is one of the most common passwords");

    /** 16 characters of 55: about 92 bits, and never on the list of common passwords. */
    private String randomPassword() {
        String password;
        do {
            password = randomCharacters();
        } while (policy.objectionTo(password).isPresent());
        return password;
    }

    private static String randomCharacters() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
