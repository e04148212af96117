package org.clientela.sales.internal.history;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The size bands as the database has them (they are editable), to give a prospect its band by employees. */
final class SizeBands {

    private record Band(String code, int min, Integer max) {}

    private final List<Band> bands;

    SizeBands(JdbcClient jdbc) {
        this.bands = jdbc.sql("SELECT code, min_employees, max_employees FROM sales_size_band ORDER BY min_employees")
                .query((rs, n) -> new Band(rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3, Integer.class)))
                .list();
    }

    /** The band of a company with this many employees; null when unknown or in no band. */
    String of(Integer employees) {
        if (employees == null) {
            return null;
        }
        for (Band band : bands) {
            if (employees >= band.min() && (band.max() == null || employees <= band.max())) {
                return band.code();
            }
        }
        return null;
    }
}
