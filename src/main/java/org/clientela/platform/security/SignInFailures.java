package org.clientela.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where the login form sends a sign-in that did not succeed. One answer for a wrong password, an
 * unknown user and a lock, so none can be told from the others. Only the right password of an
 * inactive account hears that it is inactive, and the right password an administrator set goes on to
 * choose a new one ({@link PasswordChangePages}).
 */
class SignInFailures implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof PasswordChangeRequired change) {
            PasswordChangePages.begin(request, change);
            response.sendRedirect(request.getContextPath() + PasswordChangePages.PATH);
        } else if (failure instanceof DisabledException) {
            response.sendRedirect(request.getContextPath() + "/login?inactive");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }
}
