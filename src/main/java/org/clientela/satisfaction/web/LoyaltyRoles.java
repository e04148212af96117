package org.clientela.satisfaction.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientela.customers.CustomerOwners;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may do what in the loyalty club: managers and admins set up programs and recompute tiers;
 * sellers and service people invite their own customers (and those nobody owns); viewers read.
 */
final class LoyaltyRoles {

    static final String READERS = "hasAnyRole('ADMIN','MANAGER','SALES','SERVICE','VIEWER')";
    static final String INVITERS = "hasAnyRole('ADMIN','MANAGER','SALES','SERVICE')";
    static final String MANAGERS = "hasAnyRole('ADMIN','MANAGER')";

    private LoyaltyRoles() {}

    static boolean manages(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return roles.contains("ROLE_ADMIN") || roles.contains("ROLE_MANAGER");
    }

    /** Refuses (403) a seller or service person inviting a customer another person looks after. */
    static void checkMayInvite(Authentication authentication, CustomerOwners owners, long customerId) {
        if (manages(authentication)) {
            return;
        }
        Map<Long, String> owner = owners.ownersOf(java.util.List.of(customerId));
        String who = owner.get(customerId);
        if (who != null && !who.equals(authentication.getName())) {
            throw new AccessDeniedException("customer " + customerId + " belongs to another person");
        }
    }
}
