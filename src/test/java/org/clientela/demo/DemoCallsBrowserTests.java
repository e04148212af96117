package org.clientela.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo business in Chromium: its customer owners are users, a radar run asks each of them for at
 * most ten calls, every call is someone's, and an owner who signs in finds their calls in "Mi día".
 */
@TestPropertySource(properties = "clientela.demo=true")
class DemoCallsBrowserTests extends BrowserTest {

    private static final String ANA_PASSWORD = "ana-demo-test-password";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aRunAsksEachOwnerForAHandfulOfCallsAndTheOwnerFindsThemInTheirDay() {
        Set<String> users = new TreeSet<>(
                jdbc.sql("SELECT username FROM app_user").query(String.class).list());
        assertThat(users).containsAll(DemoPeople.OWNERS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer WHERE owner_username NOT IN (SELECT username FROM app_user)")
                        .query(Long.class)
                        .single())
                .isZero();

        signInAsAdmin();
        page.navigate("/retention/radar");
        page.locator("#run-radar").click();
        assertThat(page.locator("#radar-last-run")).isVisible();
        page.navigate("/retention/radar");

        Map<String, Long> perOwner = new TreeMap<>();
        jdbc.sql("""
                SELECT owner_username, COUNT(*) FROM retention_call_task
                 WHERE run_id = (SELECT MAX(id) FROM retention_radar_run) GROUP BY owner_username""").query(rs -> {
            perOwner.put(rs.getString(1), rs.getLong(2));
        });
        System.out.println("Radar calls on the demo, per owner: " + perOwner);
        // The run ranked every demo customer who ever bought itself.
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM retention_customer_score WHERE run_id = (SELECT MAX(id) FROM retention_radar_run)""").query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT COUNT(DISTINCT customer_id) FROM sales_order")
                        .query(Long.class)
                        .single());
        assertThat(page.locator("#radar-ranking")).containsText("Cómo ordena el radar");
        assertThat(perOwner).isNotEmpty();
        assertThat(perOwner.keySet()).doesNotContainNull().isSubsetOf(users);
        assertThat(perOwner.values()).allMatch(n -> n >= 1 && n <= 10);
        assertThat(perOwner).containsKey("ana");
        Locator owners = page.locator(".owner-calls");
        assertThat(owners).hasCount(perOwner.size());
        for (Map.Entry<String, Long> owner : perOwner.entrySet()) {
            assertThat(page.locator(".owner-calls[data-owner='" + owner.getKey() + "'] tr.call-row"))
                    .hasCount(owner.getValue().intValue());
        }
        assertThat(page.locator("#at-risk-table tr.at-risk-row")).hasCount(50);

        // Ana, who owns demo customers, signs in (given a password: the demo's owners get none anyone knows).
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE username = 'ana'")
                .param("hash", encoder.encode(ANA_PASSWORD))
                .update();
        page.context().clearCookies();
        signIn("ana", ANA_PASSWORD);
        page.navigate("/service");
        List<String> hers = jdbc.sql("""
                SELECT c.name FROM retention_call_task t JOIN customer c ON c.id = t.customer_id
                 WHERE t.owner_username = 'ana' AND t.status = 'OPEN' ORDER BY t.money_at_risk DESC, t.id LIMIT 10""").query(String.class).list();
        Locator calls = page.locator("#my-radar-calls tr.radar-call");
        assertThat(calls).hasCount(hers.size());
        assertThat(calls.first()).containsText(hers.get(0));
        calls.first().getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/customers/\\d+$"));
        assertThat(page.locator("h1")).containsText(hers.get(0));
    }
}
