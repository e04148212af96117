package org.clientela.retention.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The CDNOW reference data in {@code ../shared/data/cdnow} (see its README): present on the
 * project's machines, absent elsewhere, so tests reading it are skipped cleanly without it.
 */
public final class CdnowData {

    /**
     * The folder, relative to the project directory (works from any worktree beside {@code shared});
     * {@code -Dclientela.shared=/path/to/shared} points elsewhere, e.g. from a worktree nested deeper.
     */
    public static final Path FOLDER = Path.of(
            System.getProperty("clientela.shared", Path.of("..", "shared").toString()), "data", "cdnow");

    /**
     * For {@code @EnabledIf}: a class that needs the data is skipped before its application starts
     * when the data is not there.
     */
    public static final String PRESENT = "org.clientela.retention.internal.model.CdnowData#present";

    private CdnowData() {}

    /** Whether the data is there. */
    public static boolean present() {
        return Files.isDirectory(FOLDER);
    }

    /** The file, or a skipped test when it is not there. */
    public static Path require(String file) {
        Path path = FOLDER.resolve(file);
        Assumptions.assumeTrue(Files.isReadable(path), () -> "CDNOW data not available at " + path.toAbsolutePath());
        return path;
    }

    /** The calibration summary with spend (ID, x, t_x, T, zbar) as model data. */
    static CalibrationData summaryWithSpend() throws IOException {
        CalibrationData.Builder builder = CalibrationData.builder();
        try (var lines = Files.lines(require("cdnow_customers_summary_with_transactions.csv"))) {
            lines.skip(1).map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
                String[] f = line.split(",");
                int x = Integer.parseInt(f[1]);
                builder.add(x, Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]));
            });
        }
        return builder.build();
    }

    /** The calibration summary (ID, frequency, recency, T) as model data, without spend. */
    static CalibrationData summary() throws IOException {
        CalibrationData.Builder builder = CalibrationData.builder();
        try (var lines = Files.lines(require("cdnow_customers_summary.csv"))) {
            lines.skip(1).map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
                String[] f = line.replace("\"", "").split(",");
                builder.add((int) Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), 0);
            });
        }
        return builder.build();
    }
}
