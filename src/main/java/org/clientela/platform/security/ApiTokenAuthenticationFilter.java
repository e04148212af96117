package org.clientela.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API calls that carry {@code Authorization: Bearer clt_…}. Only a disabled account refuses
 * its tokens: a lock after wrong passwords is about guessing passwords, which a token does not need.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final AccountUserDetailsService details;
    private final AuthenticationEntryPoint entryPoint;

    ApiTokenAuthenticationFilter(
            ApiTokens tokens, AccountUserDetailsService details, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.details = details;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        UserDetails user = tokens.accountFor(header.substring(7).strip())
                .map(details::toUserDetails)
                .filter(UserDetails::isEnabled)
                .orElse(null);
        if (user == null) {
            entryPoint.commence(request, response, new BadCredentialsException("Unknown API token"));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
