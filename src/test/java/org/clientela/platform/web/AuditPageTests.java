package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.platform.AuditLog;
import org.clientela.platform.Role;
import org.clientela.platform.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The change log for administrators: plain sentences in the reader's language with the person's
 * display name, filters and paging in the URL, and the total; on H2 and on PostgreSQL.
 */
abstract class AuditPageTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDirectory users;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    String page(String language, String query) throws Exception {
        return mvc.perform(get("/audit" + query).with(ADMIN).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long newCustomer(RequestPostProcessor who, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/customers")
                        .with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\", \"kind\": \"COMPANY\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(body);
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    @Test
    void aLossReadsAsASentenceWithThePersonsNameInBothLanguagesAndOnTheCustomersTimeline() throws Exception {
        String username = "ana-" + marker;
        users.ensure(username, "Ana Pérez " + marker, Role.MANAGER);
        RequestPostProcessor ana = user(username).roles("MANAGER");
        String name = "Ferretería López " + marker;
        long id = newCustomer(ana, name);
        mvc.perform(post("/api/v1/customers/" + id + "/loss")
                        .with(ana)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"NO_LONGER_VALUE\"}"))
                .andExpect(status().isCreated());

        assertThat(page("es", "?who=" + username))
                .contains("Ana Pérez " + marker + " marcó como perdido a " + name + ": ya no le compensa el precio")
                .contains("Ana Pérez " + marker + " dio de alta a " + name)
                .doesNotContain("NO_LONGER_VALUE")
                .doesNotContain(">CUSTOMER_MARKED_LOST")
                .doesNotContain("??")
                .doesNotContain(">" + username + "<");
        assertThat(page("en", "?who=" + username))
                .contains("Ana Pérez " + marker + " marked " + name + " as lost: ")
                .doesNotContain("??");

        // The status follows the loss a moment later; it is Ana's doing, not the system's.
        String timeline = await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> mvc.perform(get("/customers/" + id).with(ana).header("Accept-Language", "es"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8),
                        html -> html.contains("Estado: de"));
        assertThat(timeline)
                .contains("Marcado como perdido por Ana Pérez " + marker + ": ya no le compensa el precio")
                .contains("Estado: de «Prospecto» a «Perdido» (por Ana Pérez " + marker + ")")
                .doesNotContain("??")
                .doesNotContain("system");
    }

    @Test
    void filtersByWhoWhatAndDaysAndPagesKeepingThemInTheUrl() throws Exception {
        String actor = "paula-" + marker;
        for (int i = 0; i <= AuditPages.PAGE_SIZE; i++) {
            audit.recordAs(
                    actor,
                    "RETENTION_IDEA_ADDED",
                    "retention_idea",
                    i,
                    "idea " + i,
                    null,
                    null,
                    "Idea " + marker + " nº " + i);
        }
        audit.recordAs(
                actor, "RETENTION_IDEA_DROPPED", "retention_idea", 0, "dropped", null, null, "Descartada " + marker);

        String first = page("es", "?who=" + actor + "&what=RETENTION_IDEA_ADDED");
        assertThat(first)
                .contains("51 cambios")
                .contains("1–50 de 51")
                .contains(actor + " apuntó la idea «Idea " + marker + " nº 50»")
                .doesNotContain("Idea " + marker + " nº 0»")
                .doesNotContain("Descartada " + marker)
                .contains("href=\"/audit?who=" + actor + "&amp;what=RETENTION_IDEA_ADDED&amp;page=1\"");
        assertThat(page("es", "?who=" + actor + "&what=RETENTION_IDEA_ADDED&page=1"))
                .contains("Idea " + marker + " nº 0»")
                .contains("51–51 de 51")
                .contains("href=\"/audit?who=" + actor + "&amp;what=RETENTION_IDEA_ADDED\"")
                .contains("<option value=\"RETENTION_IDEA_ADDED\" selected=\"selected\">Idea apuntada</option>");
        assertThat(page("en", "?who=" + actor))
                .contains("52 changes")
                .contains("dropped the idea “Descartada " + marker);

        String today = LocalDate.now(ZoneId.of("Atlantic/Canary")).toString();
        String tomorrow =
                LocalDate.now(ZoneId.of("Atlantic/Canary")).plusDays(1).toString();
        assertThat(page("es", "?who=" + actor + "&from=" + tomorrow))
                .contains("ningún cambio")
                .contains("Ningún cambio coincide con estos filtros.");
        assertThat(page("es", "?who=" + actor + "&to=" + tomorrow + "&from=" + today))
                .contains("52 cambios");
    }

    @Test
    void whatNobodyDidIsAutomaticAndOlderEntriesStillRead() throws Exception {
        audit.record("TEST_OLD", "thing", 1, "older " + marker + " <b>x</b>", null, null);
        audit.record("CUSTOMER_CREATED", "customer", 1, "created", null, null, "Cliente " + marker);

        assertThat(page("es", "?who=system"))
                .contains("Clientela (automático) dio de alta a Cliente " + marker)
                .contains("older " + marker + " &lt;b&gt;x&lt;/b&gt;");
        assertThat(page("en", "?who=system")).contains("Clientela (automatic) added Cliente " + marker);
    }

    @Test
    void anImportNamesTheFileThePersonChose() throws Exception {
        String file = "clientes " + marker + ".csv";
        MockMultipartFile upload = new MockMultipartFile(
                "file",
                file,
                "text/csv",
                ("customer_number,name,kind,email,phone\nAU-" + marker + ",Importada " + marker + ",PERSON,,\n")
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/imports")
                        .file(upload)
                        .param("kind", "CUSTOMERS")
                        .with(csrf())
                        .with(user("manager").roles("MANAGER")))
                .andExpect(status().is3xxRedirection());

        String log = await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> page("es", "?what=CUSTOMERS_IMPORTED"), html -> html.contains(marker));
        assertThat(log).contains("importó clientes de «" + file + "»: 1 filas, 1 nuevos");
    }

    @Test
    void othersMayNotReadIt() throws Exception {
        mvc.perform(get("/audit").with(user("boss").roles("MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/audit").with(ADMIN)).andExpect(content().string(not(containsString("??"))));
    }
}
