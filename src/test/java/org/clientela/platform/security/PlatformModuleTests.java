package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.clientela.platform.Role;
import org.clientela.platform.UserDeactivated;
import org.clientela.support.CountingPasswordEncoder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

/**
 * The platform module on its own (it uses no other module), and the two events of its sign-in and
 * user administration: {@link AccountLocked}, heard inside platform, and {@link UserDeactivated}, which
 * the business modules hear (their module tests show what each does with it). Kept in the package of
 * the code that publishes both, since {@link AccountLocked} is the package's own.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, module = "platform")
@ActiveProfiles("test")
@Import(CountingPasswordEncoder.Config.class)
class PlatformModuleTests {

    static final String PASSWORD = "a-long-enough-password";

    @Autowired
    CountingPasswordEncoder encoder;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserChanges changes;

    @Autowired
    UserAccountRepository users;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    SignInSettings settings;

    @Autowired
    RememberedPasswordCheck passwords;

    @Test
    void aLockedAccountsRememberedPasswordIsForgottenSoItsNextSignInChecksThePasswordAgain(Scenario scenario) {
        String username = newUsername();
        accounts.create(username, PASSWORD, "Pilar", Set.of(Role.SALES));
        passwords.authenticate(signIn(username));
        passwords.authenticate(signIn(username));
        assertThat(encoder.checks()).isEqualTo(1);
        encoder.forget();

        scenario.stimulate(() -> {
                    for (int i = 0; i < settings.maxFailures(); i++) {
                        throttle.failed(username, null);
                    }
                })
                .andWaitForEventOfType(AccountLocked.class)
                .matching(locked -> locked.username().equals(username))
                .toArriveAndVerify(locked -> {
                    assertThat(locked.until()).isAfter(Instant.now());
                    passwords.authenticate(signIn(username));
                    assertThat(encoder.checks())
                            .as("the password checked again after the lock")
                            .isEqualTo(1);
                });
    }

    @Test
    void deactivatingAPersonTellsTheModulesWhoItWas(Scenario scenario) {
        String username = newUsername();
        long id =
                accounts.create(username, PASSWORD, "Pilar", Set.of(Role.SALES)).id();

        scenario.stimulate(() -> changes.change(id, new UserChanges.Change(null, null, null, false)))
                .andWaitForEventOfType(UserDeactivated.class)
                .matching(deactivated -> deactivated.username().equals(username))
                .toArrive();
    }

    @Test
    void changingAnActivePersonsNameTellsNoModuleAnything(Scenario scenario) {
        String username = newUsername();
        long id =
                accounts.create(username, PASSWORD, "Pilar", Set.of(Role.SALES)).id();

        scenario.stimulate(() -> changes.change(id, new UserChanges.Change("Pilar Ruiz", null, null, null)))
                .andWaitForStateChange(() -> users.findById(id).orElseThrow().displayName(), "Pilar Ruiz"::equals)
                .andVerifyEvents(events ->
                        assertThat(events.ofType(UserDeactivated.class)).isEmpty());
    }

    /** A module test has one instance for all its tests (Spring Modulith's choice): names are made per test. */
    private static String newUsername() {
        return "p" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static UsernamePasswordAuthenticationToken signIn(String username) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD);
    }
}
