package org.clientela.sales.web;

import org.clientela.sales.internal.prospects.SalesUser;
import org.springframework.security.core.Authentication;

/** Who may do what in sales, for {@code @PreAuthorize}, and the person asking as sales sees them. */
final class SalesRoles {

    static final String READERS = "hasAnyRole('ADMIN','MANAGER','SALES','VIEWER')";
    static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','SALES')";
    static final String MANAGERS = "hasAnyRole('ADMIN','MANAGER')";

    private SalesRoles() {}

    static SalesUser of(Authentication authentication) {
        return SalesUser.of(authentication);
    }
}
