package org.clientela.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signing in with a user name and password (the login form and HTTP Basic), throttled per user name
 * and per client address by {@link SignInThrottle}. A locked name or address gets exactly what a wrong
 * password gets — the same exception after the same password check — so nobody learns from the
 * answer whether a user exists or is locked. Attempts while locked are not counted, so they cannot
 * make a lock longer. The password itself is checked by {@link RememberedPasswordCheck}, which spares
 * bcrypt for a password it checked a moment ago, against the account read together with the
 * throttle's standing (one query per sign-in, whatever the outcome). An inactive account, or one whose
 * password an administrator set, is said so only after its right password (see {@link PasswordChangeRequired}).
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final RememberedPasswordCheck passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(RememberedPasswordCheck passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        SignInThrottle.Standing standing = throttle.standing(username, address);
        boolean refused = standing.refused();
        Authentication result;
        try {
            result = passwords.authenticate(attempt, standing.account());
        } catch (DisabledException | CredentialsExpiredException rightPassword) {
            // The password was right: nothing to count, and a lock still answers as a wrong password does.
            if (refused) {
                throw new BadCredentialsException("Bad credentials");
            }
            if (standing.failures()) {
                throttle.succeeded(username);
            }
            throw rightPassword;
        } catch (AuthenticationException wrong) {
            if (!refused) {
                throttle.failed(username, address);
            }
            throw wrong;
        }
        if (refused) {
            throw new BadCredentialsException("Bad credentials");
        }
        if (standing.failures()) {
            throttle.succeeded(username);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
