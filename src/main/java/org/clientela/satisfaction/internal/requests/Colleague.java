package org.clientela.satisfaction.internal.requests;

import java.util.Collection;
import org.clientela.platform.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in person as internal work sees them: who they are and whether they see every
 * department's work (admins, managers and viewers) and may write at all (everyone but viewers).
 */
public record Colleague(String username, boolean seesAll, boolean writes, boolean manages) {

    public static Colleague of(Authentication authentication) {
        Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
        boolean admin = has(authorities, Role.ADMIN);
        boolean manager = has(authorities, Role.MANAGER);
        boolean viewer = has(authorities, Role.VIEWER);
        boolean worker = has(authorities, Role.SERVICE) || has(authorities, Role.SALES);
        return new Colleague(
                authentication.getName(), admin || manager || viewer, admin || manager || worker, admin || manager);
    }

    private static boolean has(Collection<? extends GrantedAuthority> authorities, Role role) {
        return authorities.stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
