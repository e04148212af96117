package org.clientela.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Spanish or English: the language chosen with the switch (kept in a cookie), else the browser's
 * first language we speak, else Spanish.
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "clientela-lang";

    private final List<Locale> supported;

    LanguageResolver(List<Locale> supported) {
        this.supported = supported;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(COOKIE) instanceof Locale justChosen) {
            return justChosen;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    Locale chosen = match(Locale.forLanguageTag(cookie.getValue()));
                    if (chosen != null) {
                        return chosen;
                    }
                }
            }
        }
        // Without an Accept-Language header the servlet container offers the server's own locale,
        // which says nothing about the reader: then Spanish, our default, answers.
        var accepted = request.getHeader("Accept-Language") == null
                ? java.util.Collections.<Locale>emptyEnumeration()
                : request.getLocales();
        while (accepted.hasMoreElements()) {
            Locale match = match(accepted.nextElement());
            if (match != null) {
                return match;
            }
        }
        return supported.get(0);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = locale == null ? null : match(locale);
        if (chosen == null || response == null) {
            return;
        }
        request.setAttribute(COOKIE, chosen);
        Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private Locale match(Locale wanted) {
        for (Locale locale : supported) {
            if (locale.getLanguage().equals(wanted.getLanguage())) {
                return locale;
            }
        }
        return null;
    }
}
