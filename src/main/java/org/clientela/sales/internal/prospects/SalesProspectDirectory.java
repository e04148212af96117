package org.clientela.sales.internal.prospects;

import java.util.List;
import java.util.Optional;
import org.clientela.sales.ProspectDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class SalesProspectDirectory implements ProspectDirectory {

    private static final String CONTACTS = "SELECT id, prospect_id, name, email, phone FROM sales_prospect_contact ";

    private final Prospects prospects;
    private final JdbcClient jdbc;

    SalesProspectDirectory(Prospects prospects, JdbcClient jdbc) {
        this.prospects = prospects;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ProspectContactRef> findContact(long contactId) {
        return jdbc.sql(CONTACTS + "WHERE id = :id")
                .param("id", contactId)
                .query(SalesProspectDirectory::contact)
                .optional();
    }

    @Override
    public List<ProspectContactRef> contactsOf(long prospectId) {
        return jdbc.sql(CONTACTS + "WHERE prospect_id = :prospect ORDER BY position, id")
                .param("prospect", prospectId)
                .query(SalesProspectDirectory::contact)
                .list();
    }

    private static ProspectContactRef contact(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ProspectContactRef(
                rs.getLong("id"),
                rs.getLong("prospect_id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"));
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
