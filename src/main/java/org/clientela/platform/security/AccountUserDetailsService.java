package org.clientela.platform.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads sign-in details from {@code app_user}. A lock after wrong passwords is not part of them: the
 * password sign-in's throttle ({@link ThrottledSignIn}) enforces it, so API tokens keep working. An
 * inactive account is disabled; a password an administrator set is "expired" (the person must choose
 * their own before signing in), which only password sign-in looks at.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    AccountUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return toUserDetails(account);
    }

    UserDetails toUserDetails(UserAccount account) {
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(account.roles().stream().map(r -> r.authority()).toArray(String[]::new))
                .disabled(!account.enabled())
                .credentialsExpired(account.mustChangePassword())
                .build();
    }
}
