package org.clientela.sales.internal.activities;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whose prospects the person signed in may see and work: a seller their own (the prospect's owner),
 * managers and admins everyone's, viewers read everyone's. Which roles reach the door at all is said
 * by each endpoint; this says which prospect behind it.
 */
final class SellerAccess {

    private static final Set<String> WORK_ALL = Set.of("ROLE_ADMIN", "ROLE_MANAGER");
    private static final Set<String> READ_ALL = Set.of("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_VIEWER");

    private SellerAccess() {}

    /** The username of the person signed in. */
    static String me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AccessDeniedException("Not signed in");
        }
        return auth.getName();
    }

    /** Whether the person signed in sees every seller's work, not only their own. */
    static boolean seesAll() {
        return has(READ_ALL);
    }

    static void requireRead(ProspectFacts prospect) {
        if (!has(READ_ALL) && !me().equals(prospect.owner())) {
            throw new AccessDeniedException("Prospect " + prospect.id() + " is another seller's");
        }
    }

    static void requireWork(ProspectFacts prospect) {
        if (!has(WORK_ALL) && !me().equals(prospect.owner())) {
            throw new AccessDeniedException("Prospect " + prospect.id() + " is another seller's");
        }
    }

    private static boolean has(Set<String> roles) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(roles::contains);
    }
}
