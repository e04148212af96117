package org.clientela.support;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clientela.ClientelaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A whole Clientela on a fresh PostgreSQL database of its own, for the benchmarks (outside the
 * suite): no demo, no port, quiet logs. Closing it stops the application and drops the database,
 * unless {@code -Dbench.keep=true}. {@code -Dbench.pg.url} names another server. {@code
 * -Dbench.database=NAME} starts on a database kept by an earlier run instead (never dropped), so a
 * big fill is made once while a measurement is repeated.
 */
public final class BenchOnPostgres implements AutoCloseable {

    private static final String SERVER = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");

    /** A call timed by {@link #time}. */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    private final String database;
    private final ConfigurableApplicationContext application;

    private BenchOnPostgres(String database, ConfigurableApplicationContext application) {
        this.database = database;
        this.application = application;
    }

    /** Creates {@code clientela_bench_<name>_<millis>} and starts Clientela on it, with any extra arguments. */
    public static BenchOnPostgres start(String name, String... extraArguments) throws Exception {
        String kept = System.getProperty("bench.database", "");
        String database = kept.isBlank() ? "clientela_bench_" + name + "_" + System.currentTimeMillis() : kept;
        if (kept.isBlank()) {
            postgres("CREATE DATABASE " + database);
        }
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + SERVER + database,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--clientela.demo=false",
                "--server.port=0",
                "--clientela.data-dir=target/bench/data",
                "--CLIENTELA_ADMIN_PASSWORD=bench-only",
                "--spring.jmx.enabled=false",
                "--logging.level.org.clientela=WARN"));
        arguments.addAll(List.of(extraArguments));
        try {
            return new BenchOnPostgres(
                    database,
                    new SpringApplicationBuilder(ClientelaApplication.class).run(arguments.toArray(String[]::new)));
        } catch (RuntimeException e) {
            if (kept.isBlank()) {
                postgres("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            throw e;
        }
    }

    public ConfigurableApplicationContext application() {
        return application;
    }

    /** Whether this run started on a database filled by an earlier one ({@code -Dbench.database}). */
    public boolean reused() {
        return !System.getProperty("bench.database", "").isBlank();
    }

    /** The database's name, to give {@code -Dbench.database} after a run with {@code -Dbench.keep=true}. */
    public String database() {
        return database;
    }

    public JdbcClient jdbc() {
        return application.getBean(JdbcClient.class);
    }

    /** Server-side requests through the real security chains. */
    public MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) application)
                .apply(springSecurity())
                .build();
    }

    @Override
    public void close() throws Exception {
        application.close();
        if (!Boolean.getBoolean("bench.keep") && !reused()) {
            postgres("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** p50, p90 and p99 in milliseconds of {@code calls} timed runs of {@code call}, after {@code warmUps} untimed ones. */
    public static double[] time(int warmUps, int calls, Call call) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            call.run();
        }
        double[] ms = new double[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return percentiles(ms);
    }

    /** p50, p90 and p99 of {@code ms} (sorted in place). */
    public static double[] percentiles(double[] ms) {
        Arrays.sort(ms);
        int n = ms.length;
        return new double[] {ms[n / 2], ms[(int) (n * 0.9)], ms[(int) Math.min(n - 1, n * 0.99)]};
    }

    /** Prints {@code lines} and appends them to {@code target/bench/report.md}. */
    public static void report(List<String> lines) throws Exception {
        lines.forEach(System.out::println);
        Path report = Path.of("target", "bench", "report.md");
        Files.createDirectories(report.getParent());
        Files.write(report, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void postgres(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
