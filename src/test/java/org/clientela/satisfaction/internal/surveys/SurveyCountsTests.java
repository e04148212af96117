package org.clientela.satisfaction.internal.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.SettingsStore;
import org.clientela.service.MailFixtures;
import org.clientela.support.SettingsResets;
import org.clientela.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counts the figures read, kept on every write, against the ledger counted directly: after a
 * few hundred random surveys asked by link and by phone, answered on the public page, on the phone
 * (a link survey then becomes a phone one), entered answered at once, or never answered, over some
 * days and owners, every day row of every split holds what the ledger's surveys of that day add up
 * to (the oracle is computed here in Java from the ledger's rows, day by day in the business's
 * zone), and counting the whole ledger again changes nothing.
 */
abstract class SurveyCountsTests {

    static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{22})");

    @Autowired
    Surveys surveys;

    @Autowired
    SurveyLedger ledger;

    @Autowired
    SurveyCounts counts;

    @Autowired
    SurveyFigures figures;

    @Autowired
    BusinessSettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void mail(@Autowired SettingsStore store) {
        MailFixtures.useTestServer(store);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
        SettingsResets.reset(jdbc);
    }

    @Test
    void theCountsKeptOnWriteAreTheLedgerCountedDirectly() throws Exception {
        String marker = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Random random = new Random(30);
        List<String> owners = List.of("ana" + marker, "bea" + marker, "carla" + marker);
        CustomerFixtures fixtures = new CustomerFixtures(context);
        // Days nobody else writes surveys on; late evenings too, where UTC and the business's day differ.
        Instant start = Instant.parse("2036-03-02T07:00:00Z");
        LocalDate first = LocalDate.ofInstant(start, settings.timeZone());
        clock.stopAt(start);
        for (int i = 0; i < 240; i++) {
            clock.stopAt(start.plus(Duration.ofMinutes(random.nextInt(6 * 24 * 60))));
            String email = "c" + i + "." + marker + "@example.es";
            long customer = fixtures.personWithEmail("Contado " + i + " " + marker, email);
            jdbc.sql("UPDATE customer SET owner_username = :o WHERE id = :id")
                    .param(
                            "o",
                            random.nextInt(4) == 0 ? null : owners.get(random.nextInt(owners.size())),
                            java.sql.Types.VARCHAR)
                    .param("id", customer)
                    .update();
            SurveyKind kind = random.nextBoolean() ? SurveyKind.NPS : SurveyKind.CSAT;
            int score = kind.lowest() + random.nextInt(kind.highest() - kind.lowest() + 1);
            switch (random.nextInt(5)) {
                case 0 ->
                    ledger.recordAnswered(new AnsweredSurvey(
                            kind,
                            SurveyMode.PHONE,
                            customer,
                            null,
                            null,
                            null,
                            null,
                            random.nextBoolean() ? owners.get(0) : null,
                            random.nextBoolean() ? "COMPLAINT" : null,
                            "es",
                            null,
                            score,
                            null));
                case 1, 2 -> {
                    Surveys.Outcome asked = surveys.ask(
                            new SurveyRequest(customer, kind, SurveyMode.LINK, null, null, "es"), null, false, null);
                    assertThat(asked.status()).isEqualTo(SurveyStatus.SENT);
                    clock.advance(Duration.ofHours(random.nextInt(48)));
                    switch (random.nextInt(3)) {
                        case 0 ->
                            assertThat(surveys.answerByLink(tokenMailedTo(email), score, "bien"))
                                    .isTrue();
                        case 1 -> surveys.answerByPhone(asked.id(), score, null, "dora" + marker);
                        default -> {
                            // never answered
                        }
                    }
                }
                default -> {
                    Surveys.Outcome asked = surveys.ask(
                            new SurveyRequest(customer, kind, SurveyMode.PHONE, null, null, "es"), null, false, null);
                    assertThat(asked.status()).isEqualTo(SurveyStatus.SENT);
                    if (random.nextBoolean()) {
                        surveys.answerByPhone(asked.id(), score, null, "dora" + marker);
                    }
                }
            }
        }
        LocalDate last = first.plusDays(8);

        Map<String, List<Long>> expected = ledgerCounted(first, last);
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(kept(first, last)).isEqualTo(expected);

        counts.recount();
        assertThat(kept(first, last)).as("counted again from the ledger").isEqualTo(expected);

        SurveyFigures.Figures byMode = figures.figures(first, last, SurveyFigures.GroupBy.MODE);
        assertThat(byMode.total().sent()).isEqualTo(240);
        for (SurveyFigures.GroupBy split : SurveyFigures.GroupBy.values()) {
            SurveyFigures.Figures f = figures.figures(first, last, split);
            assertThat(f.total()).as(split.name()).isEqualTo(byMode.total());
        }
    }

    String tokenMailedTo(String email) throws Exception {
        List<MimeMessage> mails = MailFixtures.receivedBy(email);
        assertThat(mails).hasSize(1);
        Matcher link = LINK.matcher(String.valueOf(mails.get(0).getContent()));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** The ledger's customer surveys of the days, counted here: split/day/group → the seven sums. */
    Map<String, List<Long>> ledgerCounted(LocalDate first, LocalDate last) {
        ZoneId zone = settings.timeZone();
        Map<String, long[]> sums = new TreeMap<>();
        jdbc.sql("""
                        SELECT created_at, kind, mode, status, score, owner_user, case_type FROM satisfaction_survey
                         WHERE customer_id IS NOT NULL AND status <> 'SKIPPED'
                           AND created_at >= :from AND created_at < :to""")
                .param("from", Timestamp.from(first.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(last.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> {
                    LocalDate day = rs.getTimestamp("created_at")
                            .toInstant()
                            .atZone(zone)
                            .toLocalDate();
                    String kind = rs.getString("kind");
                    Integer score = (Integer) rs.getObject("score", Integer.class);
                    boolean answered = "ANSWERED".equals(rs.getString("status")) && score != null;
                    long[] one = {
                        1,
                        answered ? 1 : 0,
                        answered && "NPS".equals(kind) && score >= 9 ? 1 : 0,
                        answered && "NPS".equals(kind) && score >= 7 && score <= 8 ? 1 : 0,
                        answered && "NPS".equals(kind) && score <= 6 ? 1 : 0,
                        answered && "CSAT".equals(kind) && score >= 4 ? 1 : 0,
                        answered && "CSAT".equals(kind) ? 1 : 0
                    };
                    String owner = rs.getString("owner_user");
                    String type = rs.getString("case_type");
                    for (String key : List.of(
                            "OWNER/" + day + "/" + (owner == null ? "" : owner),
                            "CASE_TYPE/" + day + "/" + (type == null ? "" : type),
                            "MODE/" + day + "/" + rs.getString("mode"))) {
                        long[] s = sums.computeIfAbsent(key, k -> new long[7]);
                        for (int i = 0; i < 7; i++) {
                            s[i] += one[i];
                        }
                    }
                    return null;
                })
                .list();
        Map<String, List<Long>> out = new TreeMap<>();
        sums.forEach((k, v) -> out.put(k, java.util.Arrays.stream(v).boxed().toList()));
        return out;
    }

    /** The count table's rows of the days, without the rows that sum to nothing. */
    Map<String, List<Long>> kept(LocalDate first, LocalDate last) {
        Map<String, List<Long>> out = new TreeMap<>();
        jdbc.sql("""
                        SELECT split, on_day, group_key, sent, answered, promoters, passives, detractors, satisfied,
                               csat_n
                          FROM satisfaction_survey_count WHERE on_day >= :from AND on_day <= :to""")
                .param("from", first)
                .param("to", last)
                .query((rs, n) -> {
                    List<Long> values = new ArrayList<>();
                    for (int i = 4; i <= 10; i++) {
                        values.add(rs.getLong(i));
                    }
                    if (values.stream().anyMatch(v -> v != 0)) {
                        out.put(
                                rs.getString("split") + "/"
                                        + rs.getDate("on_day").toLocalDate() + "/" + rs.getString("group_key"),
                                values);
                    }
                    return null;
                })
                .list();
        return out;
    }
}
