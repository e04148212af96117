package org.clientela.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.Location;

/**
 * Where the migrations of a database are read from: besides the scripts both databases share (each
 * module's {@code db/migration/<module>}), the folder of the scripts of that database alone, {@code
 * db/postgresql/<module>} or {@code db/h2/<module>}, in pairs of the same number so that both stand
 * at the same version of every module (a backup records it, a restore into either one compares it).
 * Everything that migrates a database (the application, a restore's scratch database) asks here.
 */
public final class MigrationFolders {

    /** The folders of the scripts for one database; each module's are in a sub-folder of its name. */
    public static final String POSTGRES_ONLY = "classpath:db/postgresql";

    public static final String H2_ONLY = "classpath:db/h2";

    private MigrationFolders() {}

    /** {@code locations} and, after them, the folder of the own scripts of the database {@code dataSource} leads to. */
    public static String[] withOwnScripts(Location[] locations, DataSource dataSource) {
        String own;
        try (Connection connection = dataSource.getConnection()) {
            own = DatabaseKind.isPostgres(connection) ? POSTGRES_ONLY : H2_ONLY;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database to migrate", e);
        }
        List<String> all = new ArrayList<>();
        for (Location location : locations) {
            all.add(location.getDescriptor());
        }
        if (!all.contains(own)) {
            all.add(own);
        }
        return all.toArray(String[]::new);
    }
}
