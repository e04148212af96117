package org.clientela.platform.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** Signing in through the form, as a person does it. */
class SignInBrowserTests extends BrowserTest {

    @Test
    void signsInWithTheRightPassword() {
        page.navigate("/customers");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        signInAsAdmin();

        assertThat(page.locator("h1")).hasText("Clientes");
        assertThat(page.locator("nav.navbar")).containsText("admin");
    }

    @Test
    void saysSoWhenThePasswordIsWrongAndLetsTheRightOneIn() {
        page.navigate("/login");
        page.locator("#username").fill("admin");
        page.locator("#password").fill("not-the-password");
        page.locator("form.card button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
                .hasText("Usuario o contraseña incorrectos, o demasiados intentos seguidos. "
                        + "Vuelve a intentarlo dentro de unos minutos.");
        assertThat(page.locator("nav.navbar")).hasCount(0);

        signInAsAdmin();
        assertThat(page.locator("h1")).hasText("Cómo va tu negocio");
    }
}
