package org.clientela.platform.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;

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
 * from {@code CLIENTELA_ADMIN_PASSWORD}; without it a random one is generated and logged once.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String configuredPassword;

    FirstAdmin(UserAccountRepository users, PasswordEncoder encoder, Clock clock,
            @Value("${CLIENTELA_ADMIN_PASSWORD:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
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
        String password = generated ? randomPassword() : configuredPassword;
        users.save(UserAccount.create("admin", encoder.encode(password), "Admin", EnumSet.of(Role.ADMIN), clock.instant()));
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

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
