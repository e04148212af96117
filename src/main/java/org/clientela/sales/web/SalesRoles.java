package org.clientela.sales.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.clientela.sales.internal.prospects.SalesUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who may do what in sales, for {@code @PreAuthorize}, and the person asking as sales sees them. */
final class SalesRoles {

    static final String READERS = "hasAnyRole('ADMIN','MANAGER','SALES','VIEWER')";
    static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','SALES')";
    static final String MANAGERS = "hasAnyRole('ADMIN','MANAGER')";

    private SalesRoles() {}

    static SalesUser of(Authentication authentication) {
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
