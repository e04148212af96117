package org.clientela.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The import page: upload, background job, progress panel, outcome in the reader's language. */
@ApplicationTest
class ImportPagesTests {

    static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher startUp;

    @Autowired
    ConfigurableApplicationContext context;

    String upload(String kind, String csv) throws Exception {
        MockMultipartFile file =
                new MockMultipartFile("file", "clientes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/imports")
                        .file(file)
                        .param("kind", kind)
                        .with(csrf())
                        .with(MANAGER))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/imports/\\d+");
        return location;
    }

    String panelWhenFinished(String location, String language) {
        return await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> mvc.perform(get(location + "/progress")
                                        .header("Accept-Language", language)
                                        .with(MANAGER))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8),
                        html -> !html.contains("data-status=\"RUNNING\""));
    }

    @Test
    void anUploadRunsInTheBackgroundAndReportsItsCounts() throws Exception {
        String location = upload("CUSTOMERS", """
                customer_number,name,kind,email,phone
                PG-1,Ferretería Díaz,COMPANY,,922 10 20 30
                PG-2,Lucía Hernández,PERSON,lucia@example.es,
                """);
        String panel = panelWhenFinished(location, "es");
        assertThat(panel).contains("data-status=\"DONE\"").contains("2 clientes nuevos");
        mvc.perform(get(location).header("Accept-Language", "en").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 new customers")));
    }

    @Test
    void aBadFileShowsEveryBadRowInTheReadersLanguage() throws Exception {
        String location = upload("CUSTOMERS", """
                customer_number,name,kind,email,phone
                PB-1,Bien,PERSON,,
                PB-2,,PERSON,,
                PB-3,Mal,ROBOT,,
                """);
        String spanish = panelWhenFinished(location, "es");
        assertThat(spanish)
                .contains("data-status=\"FAILED\"")
                .contains("id=\"import-errors\"")
                .contains("Falta el valor de «name»")
                .contains("«ROBOT» no es un valor válido");
        String english = mvc.perform(get(location + "/progress")
                        .header("Accept-Language", "en")
                        .with(MANAGER))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("The value of &quot;name&quot; is missing");
        mvc.perform(get("/api/v1/customers")
                        .param("customerNumber", "PB-1")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("admin", "admin-test-password")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.items")
                        .isEmpty());
    }

    @Test
    void aFirstLoadBuildingItsIndexesSaysSoAndKeepsPolling() throws Exception {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO import_job (kind, file_name, file_bytes, status, phase, rows_checked, rows_written, started_by,
                                        started_at, heartbeat_at)
                VALUES ('ORDERS', 'historia.csv', 1000, 'RUNNING', 'FINISHING', 1021797, 1021797, 'manager',
                        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").update(key, "id");
        String location = "/imports/" + key.getKey().longValue();

        String spanish = mvc.perform(get(location + "/progress")
                        .header("Accept-Language", "es")
                        .with(MANAGER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(spanish)
                .contains("Las 1.021.797 filas ya están guardadas; ahora se preparan los índices")
                .contains("hx-get=\"" + location + "/progress\"")
                .contains("data-status=\"RUNNING\"");
        mvc.perform(get(location).header("Accept-Language", "en").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("All 1,021,797 rows are saved; now building the indexes")));
    }

    @Test
    void aJobWhoseServerWasKilledSaysAtOnceAfterTheRestartThatItWasInterruptedAndWhatToDo() throws Exception {
        String writing = "/imports/" + jobOfADeadInstance("WRITING");
        String switching = "/imports/" + jobOfADeadInstance("SWITCHING");

        startUp.publishEvent(
                new ApplicationStartedEvent(new SpringApplication(), new String[0], context, Duration.ZERO));

        String spanish = mvc.perform(get(writing + "/progress")
                        .header("Accept-Language", "es")
                        .with(MANAGER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(spanish)
                .contains("data-status=\"INTERRUPTED\"")
                .doesNotContain("hx-get")
                .doesNotContain("Guardando")
                .contains("Esta importación se interrumpió")
                .contains("Vuelve a importar el fichero");
        mvc.perform(get(writing).header("Accept-Language", "en").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import the file again")));
        mvc.perform(get(switching).header("Accept-Language", "en").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("the rows were put in place when the server started again")));
    }

    /** A job at 30 % whose instance was killed a moment ago: its heartbeat is still fresh. */
    private long jobOfADeadInstance(String phase) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO import_job (kind, file_name, file_bytes, status, phase, rows_checked, rows_written, started_by,
                                        started_at, heartbeat_at, owner)
                VALUES ('ORDERS', 'historia.csv', 1000, 'RUNNING', :phase, 1000, 300, 'manager',
                        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'killed-instance')""").param("phase", phase).update(key, "id");
        return key.getKey().longValue();
    }
}
