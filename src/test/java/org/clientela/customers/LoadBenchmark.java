package org.clientela.customers;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.ClientelaApplication;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * How much load the application holds over HTTP, beside PostgreSQL running the very SQL of the
 * customer search. Not part of {@code ./mvnw verify}; run it with the {@code bench} profile:
 *
 * <pre>./mvnw -Pbench verify -Dtest=LoadBenchmark -Dbench.customers=1000000</pre>
 *
 * <p>It needs PostgreSQL on {@code 127.0.0.1:5432} (user {@code postgres}, trust), {@code pgbench}
 * (Debian's {@code postgresql-client}), {@code wrk} (Debian's {@code wrk}) and {@code jcmd}. In one
 * run it starts the application in a JVM of its own ({@code -Xmx512m}, {@code -Dbench.app.heap}) on
 * the database {@code clientela_load_<customers>}, which it keeps: the first run fills it with that
 * many customers through the import API (a generated file), later runs reuse it. Then, at each of
 * 8 and 32 connections ({@code -Dbench.connections}), for {@code -Dbench.seconds} (20) each:
 *
 * <ul>
 * <li>{@code pgbench} running the customer search's SQL for a random 4-digit phone fragment;
 * <li>{@code GET /api/v1/customers?q=<the same kind of fragment>} with a personal token;
 * <li>the same with HTTP Basic;
 * <li>the customer page {@code /customers/<random id>} with a signed-in session cookie.
 * </ul>
 *
 * It prints the throughputs, their ratios to the SQL, the requests that did not answer 200, the
 * load average, and the application's heap after the load ({@code jcmd GC.heap_info}); everything
 * goes to {@code target/bench/load-report.md}. {@code -Dbench.java=/usr/lib/jvm/.../bin/java} runs
 * the application on another JDK (virtual threads need 21 or newer). Before measuring, each path
 * is loaded for {@code -Dbench.warmup} seconds (30) in all, in two rounds.
 */
class LoadBenchmark {

    static final String PASSWORD = "bench-only-password";

    final long customers = Long.getLong("bench.customers", 1_000_000);
    final int seconds = Integer.getInteger("bench.seconds", 20);
    /** Seconds of load on each path before measuring: on two shared cores the JIT needs about a minute. */
    final int warmUp = Integer.getInteger("bench.warmup", 30);

    final String connections = System.getProperty("bench.connections", "8,32");
    final String heap = System.getProperty("bench.app.heap", "512m");
    final String java = System.getProperty(
            "bench.java", ProcessHandle.current().info().command().orElse("java"));
    final String appOptions = System.getProperty("bench.app.jvm", "");
    final int port = Integer.getInteger("bench.port", 18080);
    final String database = System.getProperty("bench.name", "clientela_load_" + customers);
    final String server = "jdbc:postgresql://127.0.0.1:5432/";
    final Path folder = Path.of("target", "bench").toAbsolutePath();
    final String base = "http://127.0.0.1:" + port;
    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    final List<String> report = new ArrayList<>();

    @Test
    void holdsLoadBesideTheRawSql() throws Exception {
        Files.createDirectories(folder);
        ensureDatabase();
        Process app = startApplication();
        try {
            waitUntilUp(app);
            ensureCustomers();
            String token = token();
            String session = signIn();
            long[] ids = customerIds();
            writeScripts(ids);

            say("# Load benchmark");
            say("");
            say(
                    "Run %s on %d cores; application JVM %s, -Xmx%s %s; database %s with %,d customers.",
                    LocalDateTime.now().withNano(0),
                    Runtime.getRuntime().availableProcessors(),
                    java,
                    heap,
                    appOptions,
                    database,
                    count("SELECT count(*) FROM customer"));
            say("");
            String basic = "Basic "
                    + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            Map<String, String[]> http = new LinkedHashMap<>();
            http.put(
                    "token search", new String[] {"search.lua", "/api/v1/customers", "Authorization: Bearer " + token});
            http.put("Basic search", new String[] {"search.lua", "/api/v1/customers", "Authorization: " + basic});
            http.put("customer page", new String[] {"page.lua", "/customers", "Cookie: SESSION=" + session});

            // Warm up the JIT and the pool on every path, twice round: with ten seconds a path the
            // first figures measured the compiler as much as the application.
            for (int round = 0; round < 2; round++) {
                for (String[] target : http.values()) {
                    wrk(target, 8, Math.max(5, warmUp / 2));
                }
            }
            say(
                    "| connections | load avg | SQL (pgbench) tx/s | token search req/s | ratio | Basic search req/s | Basic / token | customer page pages/s | not 200 |");
            say("|---|---|---|---|---|---|---|---|---|");
            for (String c : connections.split(",")) {
                int n = Integer.parseInt(c.strip());
                String load = loadAverage();
                double sql = pgbench(n);
                Wrk token8 = wrk(http.get("token search"), n, seconds);
                Wrk basic8 = wrk(http.get("Basic search"), n, seconds);
                Wrk page8 = wrk(http.get("customer page"), n, seconds);
                say(
                        "| %d | %s | %,.0f | %,.0f | **%.2f** | %,.0f | **%.2f** | %,.0f | %d |",
                        n,
                        load,
                        sql,
                        token8.rate(),
                        token8.rate() / sql,
                        basic8.rate(),
                        basic8.rate() / token8.rate(),
                        page8.rate(),
                        token8.errors() + basic8.errors() + page8.errors());
            }
            say("");
            say(
                    "Application after the load: %s; resident set %s; errors in its log: %d.",
                    heapInfo(app), resident(app), errorsLogged());
        } finally {
            app.destroy();
            app.waitFor();
        }
        Files.write(folder.resolve("load-report.md"), report, StandardCharsets.UTF_8);
        System.out.println("Report written to " + folder.resolve("load-report.md"));
    }

    private void ensureDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
            if (!rs.next()) {
                statement.execute("CREATE DATABASE " + database);
            }
        }
    }

    private Process startApplication() throws IOException {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
        for (String option : appOptions.split(" ")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                ClientelaApplication.class.getName(),
                "--spring.datasource.url=" + server + database,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--clientela.demo=false",
                "--server.port=" + port,
                "--clientela.data-dir=" + folder.resolve("load-data"),
                "--CLIENTELA_ADMIN_PASSWORD=" + PASSWORD,
                "--logging.level.org.clientela=WARN",
                "--management.endpoints.web.exposure.include=health"));
        Path log = folder.resolve("load-app.log");
        System.out.println("Starting the application, log in " + log);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private void waitUntilUp(Process app) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application stopped; see target/bench/load-app.log");
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The application did not start within 5 minutes");
    }

    /** Fills an empty database with generated customers through the import API (a first load). */
    private void ensureCustomers() throws Exception {
        long present = count("SELECT count(*) FROM customer");
        if (present >= customers) {
            return;
        }
        if (present > 0) {
            throw new IllegalStateException(database + " has " + present + " customers, not " + customers
                    + "; drop it or name another with -Dbench.name");
        }
        Path csv = folder.resolve("load-customers.csv");
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(server + database, "postgres", "");
                var out = Files.newOutputStream(csv)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                    COPY (SELECT 'L' || lpad(i::text, 8, '0') AS customer_number,
                                 (ARRAY['Ana','Luis','Carmen','José','María','Pedro','Lucía','Javier','Elena','Pablo',
                                        'Marta','Diego','Sara','Hugo','Rosa','Iván'])[1 + i %% 16] || ' ' ||
                                 (ARRAY['García','Rodríguez','González','Fernández','López','Martínez','Sánchez',
                                        'Pérez','Gómez','Martín','Jiménez','Ruiz','Hernández','Díaz','Moreno',
                                        'Álvarez','Romero','Alonso','Gutiérrez','Navarro'])[1 + (i / 16) %% 20] ||
                                 ' ' || i AS name,
                                 'PERSON' AS kind,
                                 'cliente' || i || '@example.com' AS email,
                                 '+34 6' || lpad(((i::bigint * 7919) %% 100000000)::text, 8, '0') AS phone
                            FROM generate_series(1, %d) i) TO STDOUT WITH (FORMAT csv, HEADER)""".formatted(customers), out);
        }
        System.out.printf("Importing %,d customers through the API%n", customers);
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/customers"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofFile(csv))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Import answered " + answer.statusCode() + ": " + answer.body());
        }
        System.out.printf("Imported in %.1f s: %s%n", (System.nanoTime() - start) / 1e9, answer.body());
        Files.delete(csv);
        try (Connection connection = DriverManager.getConnection(server + database, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
        }
    }

    private String token() throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load benchmark\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return find(answer.body(), "\"token\"\\s*:\\s*\"([^\"]+)\"");
    }

    /** Signs in on the login form as a browser would; the session cookie's value. */
    private String signIn() throws Exception {
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String csrf = find(page, "name=\"_csrf\"\\s+value=\"([^\"]+)\"");
        String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        CookieManager cookies = (CookieManager) http.cookieHandler().orElseThrow();
        String session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION"))
                .map(c -> c.getValue())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No session cookie"));
        int status = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/customers")).build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status != 200) {
            throw new IllegalStateException("Signed in, but /customers answered " + status);
        }
        return session;
    }

    private long[] customerIds() throws SQLException {
        return new long[] {count("SELECT min(id) FROM customer"), count("SELECT max(id) FROM customer")};
    }

    /** The pgbench script: the customer search's SQL (CustomerSearch.search, one word, page of 20). */
    private void writeScripts(long[] ids) throws IOException {
        Files.writeString(folder.resolve("customer-search.sql"), """
                \\set n random(1000, 9999)
                SELECT c.id, c.customer_number, c.kind, c.name, c.email, c.phone, c.city, c.owner_username, c.lifecycle_status
                  FROM (SELECT t.customer_id, t.term FROM customer_search_term t
                         WHERE t.term >= (:n)::text AND t.term < (:n + 1)::text
                           AND NOT EXISTS (SELECT 1 FROM customer_search_term d WHERE d.customer_id = t.customer_id
                                              AND d.term >= (:n)::text AND d.term < t.term)
                         ORDER BY t.term, t.customer_id LIMIT 21 OFFSET 0) m
                  JOIN customer c ON c.id = m.customer_id ORDER BY m.term, m.customer_id;
                """);
        Files.writeString(folder.resolve("search.lua"), """
                request = function()
                  return wrk.format("GET", "/api/v1/customers?q=" .. math.random(1000, 9999) .. "&size=20")
                end
                """);
        Files.writeString(folder.resolve("page.lua"), """
                request = function()
                  return wrk.format("GET", "/customers/" .. math.random(%d, %d))
                end
                """.formatted(ids[0], ids[1]));
    }

    private double pgbench(int clients) throws Exception {
        String out = run(
                "pgbench",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-n",
                "-M",
                "prepared",
                "-c",
                String.valueOf(clients),
                "-j",
                "2",
                "-T",
                String.valueOf(seconds),
                "-f",
                folder.resolve("customer-search.sql").toString(),
                database);
        return Double.parseDouble(find(out, "tps = ([0-9.]+)"));
    }

    record Wrk(double rate, long errors) {}

    private Wrk wrk(String[] target, int clients, int duration) throws Exception {
        String out = run(
                "wrk",
                "-t",
                "2",
                "-c",
                String.valueOf(clients),
                "-d",
                duration + "s",
                "--timeout",
                "10s",
                "-s",
                folder.resolve(target[0]).toString(),
                "-H",
                target[2],
                base + target[1]);
        long errors = 0;
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return new Wrk(Double.parseDouble(find(out, "Requests/sec:\\s+([0-9.]+)")), errors);
    }

    private String heapInfo(Process app) throws Exception {
        // The jcmd of the application's own JDK, when it has one.
        Path jcmd = Path.of(java).resolveSibling("jcmd");
        String out =
                run(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", String.valueOf(app.pid()), "GC.heap_info");
        System.out.print(out);
        Matcher total =
                Pattern.compile("(?:total|committed) (\\d+)K, used (\\d+)K").matcher(out);
        long committed = 0;
        long used = 0;
        while (total.find()) {
            committed += Long.parseLong(total.group(1));
            used += Long.parseLong(total.group(2));
        }
        return String.format(
                Locale.ROOT, "heap used %,d MB of %,d MB committed (-Xmx%s)", used >> 10, committed >> 10, heap);
    }

    private static String resident(Process app) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(app.pid()), "status"))) {
            if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
                String[] parts = line.split("\\s+");
                values.put(parts[0], String.format(Locale.ROOT, "%,d MB", Long.parseLong(parts[1]) >> 10));
            }
        }
        return values.getOrDefault("VmRSS:", "?") + " (peak " + values.getOrDefault("VmHWM:", "?") + ")";
    }

    private long errorsLogged() throws IOException {
        return Files.readAllLines(folder.resolve("load-app.log")).stream()
                .filter(line -> line.contains(" ERROR ") || line.contains("OutOfMemoryError"))
                .count();
    }

    private static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1];
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + database, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        System.out.print(out);
        return out;
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + regex + " in:\n" + text);
        }
        return matcher.group(1);
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        report.add(line);
    }
}
