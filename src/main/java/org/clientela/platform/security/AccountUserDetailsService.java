package org.clientela.platform.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads sign-in details from {@code app_user}; a locked account refuses even the right password. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return toUserDetails(account);
    }

    UserDetails toUserDetails(UserAccount account) {
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(account.roles().stream().map(r -> r.authority()).toArray(String[]::new))
                .disabled(!account.enabled())
                .accountLocked(account.lockedAt(clock.instant()))
                .build();
    }
}
