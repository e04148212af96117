package org.clientela.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clientela.platform.SettingsStore;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Lets a request read the settings' version once, however many amounts and dates it formats. */
@Component
class SettingsReadOncePerRequest extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(SettingsStore.MEMO, new SettingsStore.Memo());
        try {
            chain.doFilter(request, response);
        } finally {
            request.removeAttribute(SettingsStore.MEMO);
        }
    }
}
