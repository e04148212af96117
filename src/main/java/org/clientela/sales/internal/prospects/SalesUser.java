package org.clientela.sales.internal.prospects;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who asks, as sales sees them: a seller sees and changes only their own prospects; managers and
 * admins see and change everyone's; viewers read everyone's.
 */
public record SalesUser(String username, boolean seesAll, boolean writes, boolean manages) {

    /** Whether this person may see a prospect owned by {@code owner}. */
    public boolean sees(String owner) {
        return seesAll || username.equals(owner);
    }

    /** The person signed in, by their roles: managers and admins work everything, viewers read it. */
    public static SalesUser of(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        boolean manages = roles.contains("ROLE_ADMIN") || roles.contains("ROLE_MANAGER");
        return new SalesUser(
                authentication.getName(),
                manages || roles.contains("ROLE_VIEWER"),
                manages || roles.contains("ROLE_SALES"),
                manages);
    }
}
