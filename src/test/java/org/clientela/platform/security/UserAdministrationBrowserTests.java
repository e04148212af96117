package org.clientela.platform.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.platform.Role;
import org.clientela.platform.UserDirectory;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator deactivates a person, who then cannot sign in; sets them a password; activates
 * them again; and the person must choose their own password before anything else. In Spanish and in
 * English.
 */
class UserAdministrationBrowserTests extends BrowserTest {

    @Autowired
    UserDirectory users;

    record Words(
            String lang,
            String saved,
            String inactiveBadge,
            String passwordSet,
            String inactiveLogin,
            String chooseTitle,
            String mismatch) {}

    static final Words SPANISH = new Words(
            "es",
            "Cambios guardados.",
            "Inactivo",
            "Contraseña puesta. Tendrá que cambiarla al entrar.",
            "Tu cuenta está desactivada. Pide a un administrador que la vuelva a activar.",
            "Elige tu contraseña",
            "Las dos contraseñas no coinciden.");
    static final Words ENGLISH = new Words(
            "en",
            "Changes saved.",
            "Inactive",
            "Password set. They must change it when they sign in.",
            "Your account has been deactivated. Ask an administrator to activate it again.",
            "Choose your password",
            "The two passwords are not the same.");

    @Test
    void inSpanish() {
        journey(SPANISH);
    }

    @Test
    void inEnglish() {
        journey(ENGLISH);
    }

    private void journey(Words words) {
        String username = "m" + UUID.randomUUID().toString().substring(0, 8);
        users.ensure(username, "María " + username, Role.SERVICE);

        signInAs("admin", ADMIN_PASSWORD, words.lang());
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate("/users");
        page.locator("#user-table a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(username))
                .click();
        assertThat(page.locator("h1")).hasText("María " + username);

        page.locator("#user-form input[type=checkbox][name=active]").uncheck();
        page.locator("#user-form button[type=submit]").click();
        assertThat(page.locator(".alert-success")).hasText(words.saved());
        assertThat(page.locator("#user-inactive")).hasText(words.inactiveBadge());
        screenshot("user-inactive-" + words.lang() + ".png");

        page.locator("#password-form input[name=password]").fill("given-by-admin-" + username);
        page.locator("#password-form button[type=submit]").click();
        assertThat(page.locator(".alert-success")).hasText(words.passwordSet());

        page.context().clearCookies();
        signInAs(username, "given-by-admin-" + username, words.lang());
        assertThat(page).hasURL(Pattern.compile(".*/login\\?inactive$"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(words.inactiveLogin());

        page.context().clearCookies();
        signInAs("admin", ADMIN_PASSWORD, words.lang());
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate("/users");
        page.locator("#user-table a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(username))
                .click();
        page.locator("#user-form input[type=checkbox][name=active]").check();
        page.locator("#user-form button[type=submit]").click();
        assertThat(page.locator(".alert-success")).hasText(words.saved());
        assertThat(page.locator("#user-inactive")).hasCount(0);

        page.context().clearCookies();
        signInAs(username, "given-by-admin-" + username, words.lang());
        assertThat(page).hasURL(Pattern.compile(".*/password/change$"));
        assertThat(page.locator("h1")).hasText(words.chooseTitle());
        screenshot("password-change-" + words.lang() + ".png");
        // Nothing else before the new password: another page sends them to sign in.
        page.navigate("/customers");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.navigate("/password/change");
        page.locator("#password").fill("my-own-password-" + username);
        page.locator("#repeat").fill("something-else-" + username);
        page.locator("#password-change-form button[type=submit]").click();
        assertThat(page.locator("#password-change-form .invalid-feedback")).hasText(words.mismatch());

        page.locator("#password").fill("my-own-password-" + username);
        page.locator("#repeat").fill("my-own-password-" + username);
        page.locator("#password-change-form button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/password") && !url.contains("/login"));
        assertThat(page.locator("nav.navbar")).containsText(username);

        page.context().clearCookies();
        signInAs(username, "my-own-password-" + username, words.lang());
        page.waitForURL(url -> !url.contains("/login") && !url.contains("/password"));
        assertThat(page.locator("nav.navbar")).containsText(username);
    }

    /** Into {@code target/screenshots} (or {@code -Dclientela.screenshot-dir}), for the closing note. */
    private void screenshot(String name) {
        java.nio.file.Path folder =
                java.nio.file.Path.of(System.getProperty("clientela.screenshot-dir", "target/screenshots"));
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(folder.resolve(name))
                .setFullPage(true));
    }

    private void signInAs(String username, String password, String lang) {
        page.navigate("/login?lang=" + lang);
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form.card button[type=submit]").click();
    }
}
