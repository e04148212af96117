package org.clientela.platform.security;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.clientela.platform.Role;
import org.clientela.platform.UserDirectory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The application's own security for a web slice: both filter chains, {@code @PreAuthorize}, CSRF on
 * the pages, the 401/403 problem details of the API and sign-in with an API token. What needs the
 * database behind it is replaced: a token {@link #token(Role) made for a role} signs in as a user
 * with that role; password sign-in is not part of a slice (a test signs in with
 * {@code SecurityMockMvcRequestPostProcessors.user(…)} instead).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class WebSliceSecurity {

    private static final String TOKEN = ApiTokens.PREFIX + "slice-";

    /** The {@code Authorization} header of an API call made with a personal token of a {@code role} user. */
    public static String token(Role role) {
        return "Bearer " + TOKEN + role.name().toLowerCase(Locale.ROOT);
    }

    @Bean
    ApiTokens apiTokens() {
        ApiTokens tokens = mock(ApiTokens.class);
        when(tokens.accountFor(anyString())).thenAnswer(call -> {
            String token = call.getArgument(0);
            if (!token.startsWith(TOKEN)) {
                return Optional.empty();
            }
            String role = token.substring(TOKEN.length()).toUpperCase(Locale.ROOT);
            return Optional.of(new UserAccount(1L, role.toLowerCase(Locale.ROOT), "{noop}unused", role,
                    Role.valueOf(role).name(), true, 0, null, Instant.EPOCH, false, 0L));
        });
        return tokens;
    }

    @Bean
    AccountUserDetailsService accountUserDetailsService() {
        return new AccountUserDetailsService(mock(UserAccountRepository.class));
    }

    @Bean
    RememberedPasswordCheck rememberedPasswordCheck() {
        return mock(RememberedPasswordCheck.class);
    }

    @Bean
    SignInThrottle signInThrottle() {
        return mock(SignInThrottle.class);
    }

    /** The people behind choice lists that controller advice fills in on every page (no one, here). */
    @Bean
    UserDirectory userDirectory() {
        return mock(UserDirectory.class);
    }
}
