package org.clientela.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two ways in: the JSON API under {@code /api} (HTTP Basic or a personal token, no session, no
 * CSRF because no cookie is involved) and the pages (form login, session cookie, CSRF tokens).
 * What each role may do is said next to each endpoint with {@code @PreAuthorize}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Passwords kept as bcrypt hashes ({@code {bcrypt}…}, cost 10). The test suite lowers the cost
     * ({@code clientela.security.bcrypt-strength} in application-test.properties), where its
     * sign-ins would each spend a tenth of a second of CPU on hashing; a hash carries its own cost,
     * so every hash is checked at the cost it was made with.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${clientela.security.bcrypt-strength:10}") int bcryptStrength) {
        if (bcryptStrength == 10) {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(bcryptStrength)));
    }

    /**
     * Spring Security wraps its filter chain, authentication and authorization in observations
     * when an {@code ObservationRegistry} exists (actuator). {@code management.observations.enable.spring.security=false}
     * makes those observations no-ops, but the wrapping itself (a decorator object around every
     * filter on every request) stayed: with these settings nothing is wrapped.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Password sign-in (form and HTTP Basic) goes through the throttle; API tokens do not. */
    @Bean
    AuthenticationManager authenticationManager(
            RememberedPasswordCheck passwords, SignInThrottle throttle, AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(new ThrottledSignIn(passwords, throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ApiTokens tokens,
            AccountUserDetailsService details,
            MessageSource messages,
            AuthenticationManager signIn)
            throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", challenge(request));
            writeProblem(request, response, HttpServletResponse.SC_UNAUTHORIZED, messages, "problem.unauthorized");
        };
        AccessDeniedHandler denied = (request, response, ex) ->
                writeProblem(request, response, HttpServletResponse.SC_FORBIDDEN, messages, "problem.forbidden");
        http.securityMatcher("/api/**")
                .authenticationManager(signIn)
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers("/api/openapi/**", "/api/docs/**", "/api/swagger-ui/**")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(
                        new ApiTokenAuthenticationFilter(tokens, details, entryPoint), BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::privacyHeaders)
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager signIn) throws Exception {
        http.authenticationManager(signIn)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/contact",
                                "/contact/thanks",
                                "/lead",
                                "/lead/thanks",
                                // A customer's answer to a survey and their joining the club, by the link we e-mailed.
                                "/s/*",
                                "/join/*",
                                // The one-click unsubscribe link of every e-mail we send a customer.
                                "/u/*",
                                PasswordChangePages.PATH)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/info")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").failureHandler(loginFailure()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // The web-to-lead form may be posted from the business's own web site (a plain HTML form
                // there has no token of ours): it acts for nobody signed in, and its own signed
                // fill-time token and honeypot keep robots out. A mail client's one-click unsubscribe
                // (RFC 8058) posts to the link with no token of ours either; it can only withdraw
                // the consent its own random link names.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/lead", "/u/*"))
                .headers(headers -> privacyHeaders(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * Besides Spring Security's defaults (among them Strict-Transport-Security, sent only on a
     * secure request: over TLS, or behind a proxy that says so when {@code server.forward-headers-strategy}
     * trusts it): no address of ours travels to other sites, and no page may use the camera, the
     * microphone, the location and the like.
     */
    private static HeadersConfigurer<HttpSecurity> privacyHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions ->
                        permissions.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()"));
    }

    /**
     * Asks for Basic credentials, except from a script in a page (the API documentation's "Try it out"
     * in a signed-in browser): a Basic challenge there would pop up the browser's own password dialog,
     * so such a request is told to bring a token instead.
     */
    static String challenge(HttpServletRequest request) {
        String mode = request.getHeader("Sec-Fetch-Mode");
        boolean fromAScript = mode != null && !"navigate".equalsIgnoreCase(mode);
        return fromAScript ? "Bearer realm=\"Clientela\"" : "Basic realm=\"Clientela\"";
    }

    /** One answer for a wrong password, an unknown user and a lock, so none can be told from the others. */
    private static AuthenticationFailureHandler loginFailure() {
        return new SignInFailures();
    }

    private static void writeProblem(
            HttpServletRequest request, HttpServletResponse response, int status, MessageSource messages, String key)
            throws IOException {
        var locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("es");
        String title = messages.getMessage(key + ".title", null, key, locale);
        String detail = messages.getMessage(key + ".detail", null, key, locale);
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                        + ",\"detail\":\"" + json(detail) + "\"}");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
