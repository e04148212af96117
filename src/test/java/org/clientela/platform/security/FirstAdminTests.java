package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first admin's password meets the same rule as every other: a weak chosen one stops the start. */
class FirstAdminTests {

    final UserAccountRepository users = mock(UserAccountRepository.class);
    /** Keeps the password as it is, so that the test can read the generated one. */
    final PasswordEncoder plain = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return raw.toString();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return raw.toString().equals(encoded);
        }
    };

    final PasswordPolicy policy = new PasswordPolicy();

    FirstAdmin firstAdmin(String configured) {
        return new FirstAdmin(users, plain, policy, Clock.systemUTC(), configured);
    }

    @Test
    void aCommonOrShortChosenPasswordStopsTheStartSayingWhy() {
        assertThatThrownBy(() -> firstAdmin("password").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLIENTELA_ADMIN_PASSWORD")
                .hasMessageContaining("fewer than 10 characters");
        assertThatThrownBy(() -> firstAdmin("1234567890").run(new DefaultApplicationArguments()))
                .hasMessageContaining("one of the most common passwords");
        verify(users, never()).save(any());
    }

    @Test
    void aGoodChosenPasswordAndAGeneratedOneAreTaken() {
        when(users.save(any())).thenAnswer(call -> call.getArgument(0));
        firstAdmin("a-good-long-admin-password").run(new DefaultApplicationArguments());
        firstAdmin("").run(new DefaultApplicationArguments());

        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(users, org.mockito.Mockito.times(2)).save(saved.capture());
        assertThat(saved.getAllValues().get(0).passwordHash()).isEqualTo("a-good-long-admin-password");
        String generated = saved.getAllValues().get(1).passwordHash();
        assertThat(generated).hasSize(16);
        assertThat(policy.objectionTo(generated)).isEmpty();
    }

    @Test
    void nothingHappensOnceThereAreUsers() {
        when(users.count()).thenReturn(1L);
        firstAdmin("password").run(new DefaultApplicationArguments());
        verify(users, never()).save(any());
    }
}
