package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password rule on its own: length, bcrypt's 72 bytes, and the list of common passwords. */
class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shipsTheWholeListOfCommonPasswords() {
        assertThat(policy.listSize()).isEqualTo(30_000);
    }

    @Test
    void refusesShortPasswordsWhateverTheyAre() {
        assertThat(policy.objectionTo("12345678")).contains("user.password.size");
        assertThat(policy.objectionTo("password")).contains("user.password.size");
        assertThat(policy.objectionTo("x7#Kq!m2Z")).contains("user.password.size");
        assertThat(policy.objectionTo("")).contains("user.password.size");
        assertThat(policy.objectionTo(null)).contains("user.password.size");
    }

    @Test
    void refusesCommonPasswordsInAnyCase() {
        assertThat(policy.objectionTo("1234567890")).contains("user.password.common");
        assertThat(policy.objectionTo("password123")).contains("user.password.common");
        assertThat(policy.objectionTo("PassWord123")).contains("user.password.common");
        assertThat(policy.objectionTo("QWERTYUIOP")).contains("user.password.common");
    }

    @Test
    void refusesWhatBcryptWouldCut() {
        assertThat(policy.objectionTo("a".repeat(72))).isEmpty();
        assertThat(policy.objectionTo("a".repeat(73))).contains("user.password.tooLong");
        assertThat(policy.objectionTo("ñ".repeat(36))).isEmpty();
        assertThat(policy.objectionTo("ñ".repeat(37))).contains("user.password.tooLong");
    }

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(policy.objectionTo("correct horse battery")).isEmpty();
        assertThat(policy.objectionTo("admin-test-password")).isEmpty();
    }
}
