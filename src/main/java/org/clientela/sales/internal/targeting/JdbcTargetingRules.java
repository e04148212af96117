package org.clientela.sales.internal.targeting;

import java.util.List;
import java.util.Optional;
import org.clientela.sales.internal.campaigns.Strategy;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The matrix is a few dozen rows: read whole on each question, no cache to keep in step. */
@Component
class JdbcTargetingRules implements TargetingRules {

    private final JdbcClient jdbc;

    JdbcTargetingRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TargetingRule> all() {
        return jdbc.sql("SELECT id, strategy, sector_code, size_band_code, title_es, title_en, version"
                        + " FROM sales_targeting_rule ORDER BY strategy DESC, sector_code, size_band_code")
                .query((rs, n) -> new TargetingRule(
                        rs.getLong(1),
                        Strategy.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7)))
                .list();
    }

    @Override
    public Optional<TargetingRule> find(long id) {
        return all().stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    @Transactional
    public TargetingRule put(
            Strategy strategy, String sectorCode, String sizeBandCode, String titleEs, String titleEn) {
        int changed = jdbc.sql("UPDATE sales_targeting_rule SET title_es = :es, title_en = :en, version = version + 1"
                        + " WHERE strategy = :s AND sector_code = :sector AND size_band_code = :band")
                .param("es", titleEs)
                .param("en", titleEn)
                .param("s", strategy.name())
                .param("sector", sectorCode)
                .param("band", sizeBandCode)
                .update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO sales_targeting_rule (strategy, sector_code, size_band_code, title_es, title_en)"
                            + " VALUES (:s, :sector, :band, :es, :en)")
                    .param("es", titleEs)
                    .param("en", titleEn)
                    .param("s", strategy.name())
                    .param("sector", sectorCode)
                    .param("band", sizeBandCode)
                    .update();
        }
        return all().stream()
                .filter(r -> r.strategy() == strategy
                        && r.sectorCode().equals(sectorCode)
                        && r.sizeBandCode().equals(sizeBandCode))
                .findFirst()
                .orElseThrow();
    }

    @Override
    @Transactional
    public TargetingRule change(
            long id,
            long version,
            Strategy strategy,
            String sectorCode,
            String sizeBandCode,
            String titleEs,
            String titleEn) {
        int changed = jdbc.sql("UPDATE sales_targeting_rule SET strategy = :s, sector_code = :sector,"
                        + " size_band_code = :band, title_es = :es, title_en = :en, version = version + 1"
                        + " WHERE id = :id AND version = :version")
                .param("s", strategy.name())
                .param("sector", sectorCode)
                .param("band", sizeBandCode)
                .param("es", titleEs)
                .param("en", titleEn)
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Targeting rule " + id + " changed since it was read");
        }
        return find(id).orElseThrow();
    }

    @Override
    @Transactional
    public void replaceAll(List<TargetingRule> rules) {
        jdbc.sql("DELETE FROM sales_targeting_rule").update();
        for (TargetingRule r : rules) {
            put(r.strategy(), r.sectorCode(), r.sizeBandCode(), r.titleEs(), r.titleEn());
        }
    }

    @Override
    public void remove(long id) {
        jdbc.sql("DELETE FROM sales_targeting_rule WHERE id = :id")
                .param("id", id)
                .update();
    }

    @Override
    public List<Sector> sectors() {
        return jdbc.sql("SELECT code, name_es, name_en, own, position FROM sales_sector ORDER BY position, code")
                .query((rs, n) ->
                        new Sector(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5)))
                .list();
    }

    @Override
    @Transactional
    public Sector addSector(String code, String nameEs, String nameEn) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM sales_sector")
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO sales_sector (code, name_es, name_en, own, position) VALUES (:c, :es, :en, TRUE, :p)")
                .param("c", code)
                .param("es", nameEs)
                .param("en", nameEn)
                .param("p", position)
                .update();
        return new Sector(code, nameEs, nameEn, true, position);
    }

    @Override
    public List<SizeBand> sizeBands() {
        return jdbc.sql("SELECT code, name_es, name_en, min_employees, max_employees, position FROM sales_size_band"
                        + " ORDER BY position, min_employees")
                .query((rs, n) -> new SizeBand(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        (Integer) rs.getObject(5, Integer.class),
                        rs.getInt(6)))
                .list();
    }

    @Override
    @Transactional
    public void updateSizeBand(String code, String nameEs, String nameEn, int minEmployees, Integer maxEmployees) {
        jdbc.sql("UPDATE sales_size_band SET name_es = :es, name_en = :en, min_employees = :min, max_employees = :max"
                        + " WHERE code = :c")
                .param("c", code)
                .param("es", nameEs)
                .param("en", nameEn)
                .param("min", minEmployees)
                .param("max", maxEmployees)
                .update();
        jdbc.sql("UPDATE sales_prospect SET size_band_code = (SELECT b.code FROM sales_size_band b"
                        + " WHERE sales_prospect.employees >= b.min_employees AND (b.max_employees IS NULL"
                        + " OR sales_prospect.employees <= b.max_employees) ORDER BY b.position LIMIT 1)"
                        + " WHERE employees IS NOT NULL")
                .update();
    }
}
