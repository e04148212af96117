package org.clientela.sales.internal.businesscase;

import java.util.Collection;
import org.clientela.platform.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is asking, as far as business cases care: sales people work their own prospects only,
 * while managers and admins work everyone's and viewers read everyone's.
 *
 * @param username     the signed-in user
 * @param seesEveryone a manager, an admin or a viewer
 */
public record Reader(String username, boolean seesEveryone) {

    public static Reader of(Authentication authentication) {
        Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
        boolean everyone = authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.ADMIN.authority())
                        || a.equals(Role.MANAGER.authority())
                        || a.equals(Role.VIEWER.authority()));
        return new Reader(authentication.getName(), everyone);
    }
}
