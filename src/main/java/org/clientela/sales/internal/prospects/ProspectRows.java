package org.clientela.sales.internal.prospects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.clientela.platform.CsvInput;
import org.clientela.platform.RowErrors;
import org.clientela.platform.TextFolding;
import org.clientela.sales.internal.campaigns.Campaign;
import org.clientela.sales.internal.targeting.Sector;

/**
 * The rows of a prospects file: which column is which, and each row checked into a prospect or into
 * the errors that say what is wrong with it — the rules of the prospect form, with a sector named by
 * code or name and a campaign by name or id.
 */
final class ProspectRows {

    static final String[] REQUIRED = {
        "external_id", "name", "sector", "employees", "phone", "email", "tax_id", "campaign"
    };
    static final String[] OPTIONAL = {"contact_name", "contact_title", "owner", "web", "city"};
    static final int EXTERNAL_ID_MAX = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +().\\-/]*[0-9][0-9 +().\\-/]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private final Columns columns;
    private final Map<String, String> sectors = new HashMap<>();
    private final Map<Long, Long> campaignIds = new HashMap<>();
    private final Map<String, List<Long>> campaignsByName = new HashMap<>();
    private final Set<String> users;

    ProspectRows(CsvInput csv, List<Sector> sectorList, List<Campaign> campaigns, Set<String> activeUsers) {
        this.columns = new Columns(csv);
        for (Sector s : sectorList) {
            sectors.put(TextFolding.fold(s.code()), s.code());
            sectors.putIfAbsent(TextFolding.fold(s.nameEs()), s.code());
            sectors.putIfAbsent(TextFolding.fold(s.nameEn()), s.code());
        }
        for (Campaign c : campaigns) {
            campaignIds.put(c.id(), c.id());
            campaignsByName
                    .computeIfAbsent(TextFolding.fold(c.name()), k -> new java.util.ArrayList<>())
                    .add(c.id());
        }
        this.users = activeUsers;
    }

    boolean has(String optionalColumn) {
        return columns.optional.get(optionalColumn).isPresent();
    }

    /**
     * The row as a prospect, after adding to {@code errors} what is wrong with it: a value that is
     * wrong is {@code null} in the answer, which only a file without errors goes on to write.
     */
    Parsed parse(CsvInput.Row row, RowErrors errors) {
        Columns c = columns;
        long line = row.line();
        String externalId = errors.required(line, "external_id", row.get(c.externalId), EXTERNAL_ID_MAX);
        String name = errors.required(line, "name", row.get(c.name), Prospect.NAME_MAX);
        String sector = null;
        String sectorText = errors.optional(line, "sector", row.get(c.sector), 200);
        if (sectorText != null) {
            sector = sectors.get(TextFolding.fold(sectorText));
            if (sector == null) {
                errors.add(line, "sector", "sales.import.sector.unknown", sectorText);
            }
        }
        Integer employees = null;
        String employeesText = errors.optional(line, "employees", row.get(c.employees), 20);
        if (employeesText != null) {
            if (!DIGITS.matcher(employeesText).matches() || Long.parseLong(employeesText) > Prospect.EMPLOYEES_MAX) {
                errors.add(line, "employees", "sales.import.employees.range", employeesText, Prospect.EMPLOYEES_MAX);
            } else {
                employees = Integer.valueOf(employeesText);
            }
        }
        String phone = errors.optional(line, "phone", row.get(c.phone), Prospect.PHONE_MAX);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(line, "phone", "sales.import.phone.pattern", phone);
        }
        String email = errors.optional(line, "email", row.get(c.email), Prospect.EMAIL_MAX);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(line, "email", "sales.import.email.pattern", email);
        }
        String taxId = errors.optional(line, "tax_id", row.get(c.taxId), Prospect.TAX_ID_MAX);
        if (taxId != null && !TaxIds.valid(taxId)) {
            errors.add(line, "tax_id", "sales.prospect.taxId.invalid", taxId);
        }
        Long campaignId = null;
        String campaignText = errors.optional(line, "campaign", row.get(c.campaign), 200);
        if (campaignText != null) {
            campaignId = campaign(campaignText, line, errors);
        }
        String owner = errors.optional(line, "owner", row.get(c.optional.get("owner")), Prospect.OWNER_MAX);
        if (owner != null && !users.contains(owner)) {
            errors.add(line, "owner", "sales.prospect.owner.unknown", owner);
        }
        String contactName = errors.optional(
                line, "contact_name", row.get(c.optional.get("contact_name")), ProspectContact.NAME_MAX);
        String contactTitle = errors.optional(
                line, "contact_title", row.get(c.optional.get("contact_title")), ProspectContact.JOB_TITLE_MAX);
        if (contactTitle != null && contactName == null) {
            errors.add(line, "contact_name", "sales.import.contact.name.required");
        }
        String web = errors.optional(line, "web", row.get(c.optional.get("web")), Prospect.WEB_MAX);
        String city = errors.optional(line, "city", row.get(c.optional.get("city")), Prospect.CITY_MAX);
        return new Parsed(
                line,
                externalId,
                name,
                sector,
                employees,
                phone,
                email,
                taxId == null ? null : taxId.strip(),
                campaignId,
                contactName,
                contactTitle,
                owner,
                web,
                city);
    }

    private Long campaign(String text, long line, RowErrors errors) {
        if (DIGITS.matcher(text).matches()) {
            Long byId = campaignIds.get(Long.parseLong(text));
            if (byId != null) {
                return byId;
            }
        }
        List<Long> named = campaignsByName.getOrDefault(TextFolding.fold(text), List.of());
        if (named.size() == 1) {
            return named.get(0);
        }
        errors.add(
                line,
                "campaign",
                named.isEmpty() ? "sales.import.campaign.unknown" : "sales.import.campaign.ambiguous",
                text);
        return null;
    }

    /** Column positions of this file. */
    private static final class Columns {
        final int externalId;
        final int name;
        final int sector;
        final int employees;
        final int phone;
        final int email;
        final int taxId;
        final int campaign;
        final Map<String, Optional<Integer>> optional = new HashMap<>();

        Columns(CsvInput csv) {
            externalId = csv.required("external_id");
            name = csv.required("name");
            sector = csv.required("sector");
            employees = csv.required("employees");
            phone = csv.required("phone");
            email = csv.required("email");
            taxId = csv.required("tax_id");
            campaign = csv.required("campaign");
            for (String column : OPTIONAL) {
                optional.put(column, csv.column(column));
            }
        }
    }

    /** One prospect as a row says it; {@code owner} is null when the row names none. */
    record Parsed(
            long line,
            String externalId,
            String name,
            String sectorCode,
            Integer employees,
            String phone,
            String email,
            String taxId,
            Long campaignId,
            String contactName,
            String contactTitle,
            String owner,
            String web,
            String city) {}
}
