package org.clientela.sales.internal.prospects;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.clientela.platform.CsvExport;
import org.clientela.platform.TextFolding;
import org.clientela.sales.internal.campaigns.Campaign;
import org.clientela.sales.internal.campaigns.Campaigns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prospect list as a CSV file in the columns of the prospect import, so that an export can be
 * edited and imported again: the prospects the list shows for the same filters (a seller's own
 * only), in its order, every page of it, streamed as they are read. A campaign is written by name,
 * or by number where several campaigns share that name.
 */
@Service
public class ProspectExport {

    static final String[] HEADER = {
        "external_id",
        "name",
        "sector",
        "employees",
        "phone",
        "email",
        "tax_id",
        "campaign",
        "contact_name",
        "contact_title",
        "owner",
        "web",
        "city"
    };

    private final JdbcClient jdbc;
    private final Campaigns campaigns;

    ProspectExport(JdbcClient jdbc, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    /**
     * Writes the prospects {@code query} finds for {@code who} (its page and size ignored) to
     * {@code out}. A prospect without an external id gets {@code P-} and its number, so importing
     * the file again updates it instead of adding it twice.
     */
    @Transactional(readOnly = true)
    public void write(ProspectQuery query, SalesUser who, OutputStream out) {
        ProspectQuery asked = who.seesAll() ? query : query.ownedBy(who.username());
        Map<Long, String> campaignCells = campaignCells();
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT p.id, p.external_id, p.name, p.sector_code, p.employees, p.phone, p.email, p.tax_id,"
                + " p.campaign_id, c.name AS contact_name, c.job_title, p.owner_username, p.web, p.city"
                + " FROM sales_prospect p LEFT JOIN sales_prospect_contact c ON c.prospect_id = p.id"
                + " AND c.position = (SELECT MIN(f.position) FROM sales_prospect_contact f WHERE f.prospect_id = p.id)"
                + JdbcProspects.where(asked, params)
                + " ORDER BY " + asked.sort().sql(asked.direction());
        try (CsvExport csv = CsvExport.start(out, HEADER);
                Stream<String[]> rows = jdbc
                        .sql(sql)
                        .params(params)
                        .query((rs, n) -> new String[] {
                            rs.getString("external_id") == null ? "P-" + rs.getLong("id") : rs.getString("external_id"),
                            rs.getString("name"),
                            rs.getString("sector_code"),
                            rs.getObject("employees") == null ? null : String.valueOf(rs.getInt("employees")),
                            rs.getString("phone"),
                            rs.getString("email"),
                            rs.getString("tax_id"),
                            rs.getObject("campaign_id") == null ? null : campaignCells.get(rs.getLong("campaign_id")),
                            rs.getString("contact_name"),
                            rs.getString("job_title"),
                            rs.getString("owner_username"),
                            rs.getString("web"),
                            rs.getString("city")
                        })
                        .stream()) {
            rows.forEach(csv::row);
        }
    }

    private Map<Long, String> campaignCells() {
        Set<String> seen = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (Campaign c : campaigns.all()) {
            if (!seen.add(TextFolding.fold(c.name()))) {
                shared.add(TextFolding.fold(c.name()));
            }
        }
        Map<Long, String> cells = new HashMap<>();
        for (Campaign c : campaigns.all()) {
            boolean numeric = c.name().strip().matches("[0-9]+");
            cells.put(
                    c.id(), shared.contains(TextFolding.fold(c.name())) || numeric ? String.valueOf(c.id()) : c.name());
        }
        return cells;
    }
}
