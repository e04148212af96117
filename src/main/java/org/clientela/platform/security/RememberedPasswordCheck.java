package org.clientela.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Sign-in with user name and password (HTTP Basic on the API, and the login form) that does not
 * run bcrypt again for a password it checked a moment ago: a script calling the API with Basic
 * would otherwise pay a deliberately slow hash on every request.
 *
 * <p>Everything but the password check is Spring's {@link DaoAuthenticationProvider}: the account
 * is read on every request, so a disabled or locked account is refused at once. A successful check
 * is remembered for {@link #REMEMBERED_FOR} under an HMAC-SHA256 of user name and password with a
 * key drawn at random when the process starts (the password is never kept), together with the
 * account's password hash at that moment; when the stored hash has changed since (a new password,
 * on whichever instance it was set), the memory does not count. A wrong password for a user
 * forgets what was remembered for them. At most {@link #MAX_REMEMBERED} checks are remembered.
 * Requests that bring the same credentials while they are being checked wait for that one check
 * (when the memory of a busy script's password ends, its concurrent requests hash it once, not
 * once each).
 *
 * <p>With several instances each remembers on its own. A new password takes effect on all of them
 * at once all the same, since the stored hash is compared on every request; only what an instance
 * remembers of checks it made itself stays in its memory, for at most {@link #REMEMBERED_FOR}.
 */
@Component
class RememberedPasswordCheck {

    static final Duration REMEMBERED_FOR = Duration.ofSeconds(60);
    static final int MAX_REMEMBERED = 10_000;

    private record Checked(String username, String passwordHash, Instant until) {}

    private final Clock clock;
    private final AlreadyRead alreadyRead;
    private final Provider provider;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Checked> checked = new ConcurrentHashMap<>();
    /** Checks under way: the same credentials arriving meanwhile wait for it rather than hash again. */
    private final ConcurrentHashMap<String, CompletableFuture<String>> running = new ConcurrentHashMap<>();

    RememberedPasswordCheck(AccountUserDetailsService accounts, PasswordEncoder encoder, Clock clock) {
        this.alreadyRead = new AlreadyRead(accounts);
        this.provider = new Provider(alreadyRead);
        provider.setPasswordEncoder(encoder);
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /**
     * Signs in with {@code account} as the account of the attempt's user name, read by the caller
     * a moment ago (null: read it here, as for an unknown name, which also costs the time a known one does).
     */
    Authentication authenticate(Authentication attempt, UserAccount account) {
        if (account == null || !account.username().equals(attempt.getName())) {
            return authenticate(attempt);
        }
        alreadyRead.account.set(account);
        try {
            return authenticate(attempt);
        } finally {
            alreadyRead.account.remove();
        }
    }

    /** Signs in with user name and password: Spring's checks of the account, the password checked as below. */
    Authentication authenticate(Authentication attempt) {
        return provider.authenticate(attempt);
    }

    /**
     * Spring's sign-in with a user name and password, but for the password check. Kept inside rather
     * than being this bean's type, so that the application holds no {@code AuthenticationProvider} bean
     * of its own beside the throttled sign-in that uses it.
     */
    private final class Provider extends DaoAuthenticationProvider {

        Provider(UserDetailsService accounts) {
            super(accounts);
            // Whether an account is inactive, or must choose a new password, is said only to whoever
            // typed its right password: both checks come after the password, none before it.
            setPreAuthenticationChecks(user -> {});
            setPostAuthenticationChecks(user -> {
                if (!user.isEnabled()) {
                    throw new DisabledException("Inactive account");
                }
                if (!user.isCredentialsNonExpired()) {
                    throw new PasswordChangeRequired(user.getUsername(), user.getPassword());
                }
            });
        }

        @Override
        protected void additionalAuthenticationChecks(
                UserDetails user, UsernamePasswordAuthenticationToken authentication) {
            checkPassword(user, authentication);
        }

        void bcrypt(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
            super.additionalAuthenticationChecks(user, authentication);
        }
    }

    /** The accounts, or the one the sign-in under way on this thread has already read. */
    private static final class AlreadyRead implements UserDetailsService {
        final ThreadLocal<UserAccount> account = new ThreadLocal<>();
        final AccountUserDetailsService accounts;

        AlreadyRead(AccountUserDetailsService accounts) {
            this.accounts = accounts;
        }

        @Override
        public UserDetails loadUserByUsername(String username) {
            UserAccount read = account.get();
            return read != null && read.username().equals(username)
                    ? accounts.toUserDetails(read)
                    : accounts.loadUserByUsername(username);
        }
    }

    private void checkPassword(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        Object credentials = authentication.getCredentials();
        if (credentials == null) {
            provider.bcrypt(user, authentication);
            return;
        }
        String fingerprint = fingerprint(user.getUsername(), credentials.toString());
        Instant now = clock.instant();
        Checked before = checked.get(fingerprint);
        if (before != null
                && before.until().isAfter(now)
                && before.username().equals(user.getUsername())
                && before.passwordHash().equals(user.getPassword())) {
            return;
        }
        if (before != null) {
            checked.remove(fingerprint, before);
        }
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> other = running.putIfAbsent(fingerprint, mine);
        if (other != null && user.getPassword().equals(other.join())) {
            // The same password for the same stored hash was just checked by another request.
            return;
        }
        if (other != null) {
            provider.bcrypt(user, authentication);
            return;
        }
        try {
            provider.bcrypt(user, authentication);
            remember(fingerprint, user, now);
            mine.complete(user.getPassword());
        } finally {
            mine.complete(null);
            running.remove(fingerprint, mine);
        }
    }

    private void remember(String fingerprint, UserDetails user, Instant now) {
        if (checked.size() >= MAX_REMEMBERED) {
            checked.values().removeIf(c -> !c.until().isAfter(now));
            if (checked.size() >= MAX_REMEMBERED) {
                checked.clear();
            }
        }
        checked.put(fingerprint, new Checked(user.getUsername(), user.getPassword(), now.plus(REMEMBERED_FOR)));
    }

    /** Forgets every remembered check of {@code username}. */
    void forget(String username) {
        checked.values().removeIf(c -> c.username().equals(username));
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        forget(event.getAuthentication().getName());
    }

    /** A locked name signs in with nothing remembered once its lock is over. */
    @EventListener
    void onLocked(AccountLocked event) {
        forget(event.username());
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
