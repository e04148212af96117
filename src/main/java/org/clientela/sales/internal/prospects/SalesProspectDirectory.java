package org.clientela.sales.internal.prospects;

import java.util.Optional;
import org.clientela.sales.ProspectDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class SalesProspectDirectory implements ProspectDirectory {

    private final Prospects prospects;

    SalesProspectDirectory(Prospects prospects) {
        this.prospects = prospects;
    }

    @Override
    public Optional<ProspectRef> find(long prospectId) {
        return prospects.find(prospectId).map(SalesProspectDirectory::ref);
    }

    @Override
    public Optional<ProspectRef> findVisible(long prospectId) {
        return find(prospectId)
                .filter(p -> seller().map(me -> me.sees(p.owner())).orElse(true));
    }

    @Override
    public Optional<ProspectRef> findWorkable(long prospectId) {
        return find(prospectId)
                .filter(p -> seller().map(me -> me.manages() || me.username().equals(p.owner()))
                        .orElse(true));
    }

    /** The person signed in when they are a seller (the sales role); empty for everyone else. */
    private static Optional<SalesUser> seller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AccessDeniedException("Not signed in");
        }
        boolean sells = auth.getAuthorities().stream().anyMatch(a -> "ROLE_SALES".equals(a.getAuthority()));
        return sells ? Optional.of(SalesUser.of(auth)) : Optional.empty();
    }

    private static ProspectRef ref(Prospect p) {
        return new ProspectRef(p.id(), p.name(), p.email(), p.owner(), p.customerId());
    }
}
