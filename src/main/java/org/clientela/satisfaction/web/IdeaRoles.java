package org.clientela.satisfaction.web;

import org.springframework.security.core.Authentication;

/**
 * Who may do what with customers' ideas and gestures: everyone signed in reads them; the people who
 * serve and sell log them; a person changes the ideas they own, managers and admins any.
 */
final class IdeaRoles {

    static final String READERS = "hasAnyRole('ADMIN','MANAGER','SERVICE','SALES','VIEWER')";
    static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','SERVICE','SALES')";

    private IdeaRoles() {}

    static boolean manages(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN")
                        || a.getAuthority().equals("ROLE_MANAGER"));
    }

    static boolean writes(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> switch (a.getAuthority()) {
            case "ROLE_ADMIN", "ROLE_MANAGER", "ROLE_SERVICE", "ROLE_SALES" -> true;
            default -> false;
        });
    }

    /** Whether the person may change an idea owned by {@code owner}. */
    static boolean mayChange(Authentication authentication, String owner) {
        return manages(authentication)
                || (writes(authentication) && authentication.getName().equals(owner));
    }
}
