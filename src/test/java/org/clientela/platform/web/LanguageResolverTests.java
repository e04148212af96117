package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LanguageResolverTests {

    final LanguageResolver resolver = new LanguageResolver(List.of(Locale.forLanguageTag("es"), Locale.ENGLISH));

    @Test
    void withoutAnAcceptLanguageHeaderSpanishAnswersWhateverTheServersOwnLanguage() {
        // What a container offers when the header is missing: the server's own locale.
        var request = new MockHttpServletRequest() {
            @Override
            public java.util.Enumeration<Locale> getLocales() {
                return java.util.Collections.enumeration(List.of(Locale.ENGLISH));
            }
        };
        request.removeHeader("Accept-Language");

        assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("es");
    }

    @Test
    void theBrowsersFirstLanguageWeSpeakWins() {
        var request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "de-DE,en;q=0.8,es;q=0.5");
        request.setPreferredLocales(List.of(Locale.GERMANY, Locale.ENGLISH, Locale.forLanguageTag("es")));

        assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("en");
    }

    @Test
    void theSwitchKeptInTheCookieWinsOverTheBrowser() {
        var request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "en");
        request.setPreferredLocales(List.of(Locale.ENGLISH));
        request.setCookies(new Cookie(LanguageResolver.COOKIE, "es"));

        assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("es");
    }
}
