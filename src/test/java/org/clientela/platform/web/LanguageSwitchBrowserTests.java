package org.clientela.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** The language switch in the page changes every text and the page's declared language, and stays. */
class LanguageSwitchBrowserTests extends BrowserTest {

    @Test
    void switchesBetweenSpanishAndEnglish() {
        signInAsAdmin();
        page.navigate("/customers");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).hasText("Clientes");
        assertThat(page.locator("#lang-es")).hasClass(java.util.regex.Pattern.compile("\\bactive\\b"));

        page.locator("#lang-en").click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Customers");
        assertThat(page.locator("nav.navbar button[type=submit]")).hasText("Sign out");
        assertThat(page.locator("#q")).hasAttribute("placeholder", "Name, customer no., phone or e-mail");

        page.navigate("/customers/new");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("New customer");

        page.locator("#lang-es").click();

        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).hasText("Nuevo cliente");
    }

    @Test
    void theLoginPageSwitchesToo() {
        page.navigate("/login");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("label[for=password]")).hasText("Contraseña");

        page.locator("a[hreflang=en]").click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("label[for=password]")).hasText("Password");
    }
}
