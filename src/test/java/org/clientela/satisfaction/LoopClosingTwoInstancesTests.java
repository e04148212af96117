package org.clientela.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.clientela.ClientelaApplication;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.Role;
import org.clientela.platform.SettingsStore;
import org.clientela.platform.UserDirectory;
import org.clientela.satisfaction.internal.surveys.SurveyKind;
import org.clientela.satisfaction.internal.surveys.SurveyMode;
import org.clientela.satisfaction.internal.surveys.SurveyRequest;
import org.clientela.satisfaction.internal.surveys.SurveyStateException;
import org.clientela.satisfaction.internal.surveys.Surveys;
import org.clientela.service.MailFixtures;
import org.clientela.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Closing the loop with two instances of Clientela on one fresh PostgreSQL database, as in
 * production behind a load balancer: a detractor's answer reaches both at once (the customer's
 * form posted twice, to each instance, while a colleague enters the same answer by phone on the
 * second), and exactly one call-back promise is made for the customer's owner, within a minute of
 * the answer, whichever instance recorded it. Both instances run every scheduler they have.
 */
@ExtendWith(PostgresTestDatabase.class)
class LoopClosingTwoInstancesTests {

    static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{22})");
    static final String SERVER =
            System.getenv().getOrDefault("CLIENTELA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getenv().getOrDefault("CLIENTELA_TEST_PG_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("CLIENTELA_TEST_PG_PASSWORD", "");

    static String database;
    static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        database = "clientela_test_two_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        postgres("CREATE DATABASE " + database);
        for (String name : List.of("a", "b")) {
            instances.add(new SpringApplicationBuilder(ClientelaApplication.class)
                    .run(
                            "--spring.datasource.url=" + SERVER + database,
                            "--spring.datasource.username=" + USER,
                            "--spring.datasource.password=" + PASSWORD,
                            "--clientela.demo=false",
                            "--server.port=0",
                            "--clientela.data-dir=target/two-instances/" + name,
                            "--CLIENTELA_ADMIN_PASSWORD=two-instances-test-only",
                            "--spring.jmx.enabled=false",
                            "--logging.level.org.clientela=WARN"));
        }
    }

    @AfterAll
    static void stopAndDrop() throws Exception {
        instances.forEach(ConfigurableApplicationContext::close);
        if (database != null) {
            postgres("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void aDetractorHeardByBothInstancesGetsExactlyOneCallBackWithinAMinute() throws Exception {
        ConfigurableApplicationContext a = instances.get(0);
        ConfigurableApplicationContext b = instances.get(1);
        String marker = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String owner = "o" + marker;
        a.getBean(UserDirectory.class).ensure(owner, "Olga " + marker, Role.SERVICE);
        // The SMTP server is a setting in the database: set on one instance, both send through it.
        MailFixtures.useIn(a.getBean(SettingsStore.class));
        String email = "detractor." + marker + "@example.es";
        long customer = new CustomerFixtures(a).personWithEmail("Cliente " + marker, email);
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        jdbc.sql("UPDATE customer SET owner_username = :o WHERE id = :id")
                .param("o", owner)
                .param("id", customer)
                .update();
        Surveys.Outcome asked = b.getBean(Surveys.class)
                .ask(new SurveyRequest(customer, SurveyKind.NPS, SurveyMode.LINK, null, null, "es"), null, true, null);
        String token = tokenMailedTo(email);

        MockMvc toA = mvc(a);
        MockMvc toB = mvc(b);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Integer> formToA = () -> {
            go.await();
            return toA.perform(post("/s/{token}", token).with(csrf()).param("score", "2"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        };
        Callable<Integer> formToB = () -> {
            go.await();
            return toB.perform(post("/s/{token}", token).with(csrf()).param("score", "2"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        };
        Callable<Integer> phoneOnB = () -> {
            go.await();
            try {
                b.getBean(Surveys.class).answerByPhone(asked.id(), 2, "Llamó enfadado", "c" + marker);
                return 200;
            } catch (SurveyStateException alreadyAnswered) {
                return 409;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Integer> answers = new ArrayList<>();
        Instant answered;
        try {
            List<Future<Integer>> futures = List.of(pool.submit(formToA), pool.submit(formToB), pool.submit(phoneOnB));
            answered = Instant.now();
            go.countDown();
            for (Future<Integer> f : futures) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).as("one answer recorded, the others refused").containsOnlyOnce(200);
        // Refused: the page says 410 once answered, or 404 when the phone answer came first (it
        // forgets the link's hash); the phone entry says 409.
        assertThat(answers).as("refused as already answered").isSubsetOf(200, 404, 409, 410);

        Awaitility.await("the call-back promise")
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> callBacks(jdbc, customer, owner) >= 1);
        Duration within = Duration.between(answered, Instant.now());
        assertThat(within).isLessThan(Duration.ofMinutes(1));

        // Both instances keep running (their schedulers too) and neither adds another.
        JdbcClient fromB = b.getBean(JdbcClient.class);
        assertThat(callBacks(fromB, customer, owner)).isEqualTo(1);
        assertThat(fromB.sql("SELECT COUNT(*) FROM satisfaction_call_back WHERE customer_id = :c")
                        .param("c", customer)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Timestamp due = jdbc.sql("SELECT due_at FROM service_promise WHERE customer_id = :c AND kind = 'CALL_BACK'")
                .param("c", customer)
                .query(Timestamp.class)
                .single();
        assertThat(due.toInstant()).isAfter(answered);
        assertThat(jdbc.sql("SELECT status FROM satisfaction_survey WHERE id = :id")
                        .param("id", asked.id())
                        .query(String.class)
                        .single())
                .isEqualTo("ANSWERED");
    }

    static long callBacks(JdbcClient jdbc, long customer, String owner) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM service_promise
                         WHERE customer_id = :c AND kind = 'CALL_BACK' AND owner_username = :o""")
                .param("c", customer)
                .param("o", owner)
                .query(Long.class)
                .single();
    }

    static MockMvc mvc(ConfigurableApplicationContext application) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) application)
                .apply(springSecurity())
                .build();
    }

    static String tokenMailedTo(String email) throws Exception {
        List<MimeMessage> mails = MailFixtures.receivedBy(email);
        assertThat(mails).hasSize(1);
        Matcher link = LINK.matcher(String.valueOf(mails.get(0).getContent()));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    static void postgres(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
