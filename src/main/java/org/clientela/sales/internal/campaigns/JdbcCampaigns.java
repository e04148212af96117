package org.clientela.sales.internal.campaigns;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcCampaigns implements Campaigns {

    private static final String COLUMNS = "id, name, strategy, status, starts_on, ends_on, notes, version";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcCampaigns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Campaign add(Campaign campaign, String username) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO sales_campaign (name, strategy, status, starts_on, ends_on, notes, created_at, created_by)"
                                + " VALUES (:name, :strategy, :status, :starts, :ends, :notes, :at, :by)")
                .param("name", campaign.name())
                .param("strategy", campaign.strategy().name())
                .param("status", campaign.status().name())
                .param("starts", campaign.startsOn())
                .param("ends", campaign.endsOn())
                .param("notes", campaign.notes())
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("by", username)
                .update(key, "id");
        long id = key.getKey().longValue();
        writeLists(id, campaign);
        return find(id).orElseThrow();
    }

    @Override
    @Transactional
    public Campaign update(Campaign campaign) {
        int changed = jdbc.sql("UPDATE sales_campaign SET name = :name, strategy = :strategy, status = :status,"
                        + " starts_on = :starts, ends_on = :ends, notes = :notes, version = version + 1"
                        + " WHERE id = :id AND version = :version")
                .param("name", campaign.name())
                .param("strategy", campaign.strategy().name())
                .param("status", campaign.status().name())
                .param("starts", campaign.startsOn())
                .param("ends", campaign.endsOn())
                .param("notes", campaign.notes())
                .param("id", campaign.id())
                .param("version", campaign.version())
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Campaign " + campaign.id() + " changed since it was read");
        }
        for (String table : List.of("sales_campaign_sector", "sales_campaign_size_band", "sales_campaign_seller")) {
            jdbc.sql("DELETE FROM " + table + " WHERE campaign_id = :id")
                    .param("id", campaign.id())
                    .update();
        }
        writeLists(campaign.id(), campaign);
        return find(campaign.id()).orElseThrow();
    }

    private void writeLists(long id, Campaign campaign) {
        insert("sales_campaign_sector", "sector_code", id, campaign.sectors());
        insert("sales_campaign_size_band", "size_band_code", id, campaign.sizeBands());
        insert("sales_campaign_seller", "username", id, campaign.sellers());
    }

    private void insert(String table, String column, long id, List<String> values) {
        for (String value : values.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO " + table + " (campaign_id, " + column + ") VALUES (:id, :v)")
                    .param("id", id)
                    .param("v", value)
                    .update();
        }
    }

    @Override
    public Optional<Campaign> find(long id) {
        return read("SELECT " + COLUMNS + " FROM sales_campaign WHERE id = :id", Map.of("id", id)).stream()
                .findFirst();
    }

    @Override
    public List<Campaign> all() {
        return read("SELECT " + COLUMNS + " FROM sales_campaign ORDER BY starts_on DESC, id DESC", Map.of());
    }

    private List<Campaign> read(String sql, Map<String, Object> params) {
        List<Campaign> bare = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new Campaign(
                        rs.getLong(1),
                        rs.getString(2),
                        Strategy.valueOf(rs.getString(3)),
                        CampaignStatus.valueOf(rs.getString(4)),
                        localDate(rs.getDate(5)),
                        localDate(rs.getDate(6)),
                        rs.getString(7),
                        List.of(),
                        List.of(),
                        List.of(),
                        rs.getLong(8)))
                .list();
        if (bare.isEmpty()) {
            return bare;
        }
        List<Long> ids = bare.stream().map(Campaign::id).toList();
        Map<Long, List<String>> sectors = lists("sales_campaign_sector", "sector_code", ids);
        Map<Long, List<String>> bands = lists("sales_campaign_size_band", "size_band_code", ids);
        Map<Long, List<String>> sellers = lists("sales_campaign_seller", "username", ids);
        return bare.stream()
                .map(c -> new Campaign(
                        c.id(),
                        c.name(),
                        c.strategy(),
                        c.status(),
                        c.startsOn(),
                        c.endsOn(),
                        c.notes(),
                        sectors.getOrDefault(c.id(), List.of()),
                        bands.getOrDefault(c.id(), List.of()),
                        sellers.getOrDefault(c.id(), List.of()),
                        c.version()))
                .toList();
    }

    private Map<Long, List<String>> lists(String table, String column, List<Long> ids) {
        return jdbc
                .sql("SELECT campaign_id, " + column + " FROM " + table + " WHERE campaign_id IN (:ids) ORDER BY "
                        + column)
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
