package org.clientela.sales.internal.prospects;

import java.util.Optional;
import org.clientela.sales.ProspectDirectory;
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
        SalesUser who = signedIn();
        return who == null ? Optional.empty() : find(prospectId).filter(p -> who.sees(p.owner()));
    }

    @Override
    public boolean mayWork(ProspectRef prospect) {
        SalesUser who = signedIn();
        return who != null && who.writes() && (who.manages() || who.username().equals(prospect.owner()));
    }

    private static SalesUser signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? null : SalesUser.of(auth);
    }

    private static ProspectRef ref(Prospect p) {
        return new ProspectRef(p.id(), p.name(), p.email(), p.owner(), p.customerId());
    }
}
