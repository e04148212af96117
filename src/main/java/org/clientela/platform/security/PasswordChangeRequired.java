package org.clientela.platform.security;

import org.springframework.security.authentication.CredentialsExpiredException;

/**
 * The right password, but one an administrator set: the person is not signed in until they choose
 * their own. Carries the stored hash the password was checked against, so that the change page can
 * tell that this session typed exactly that password (and that nobody set another one since).
 */
class PasswordChangeRequired extends CredentialsExpiredException {

    private final transient String username;
    private final transient String checkedHash;

    PasswordChangeRequired(String username, String checkedHash) {
        super("Password must be changed");
        this.username = username;
        this.checkedHash = checkedHash;
    }

    String username() {
        return username;
    }

    String checkedHash() {
        return checkedHash;
    }
}
