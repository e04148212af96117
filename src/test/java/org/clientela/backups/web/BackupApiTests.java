package org.clientela.backups.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.clientela.support.ApplicationTest;
import org.clientela.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The backups API and page as an admin uses them — back up (verified), download, restore with the
 * business's name — and as nobody else may (H2; the restore itself has its twins in RestoreTests).
 */
@ApplicationTest
class BackupApiTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor MANAGER = user("marta").roles("MANAGER");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAdminBacksUpDownloadsAndRestores() throws Exception {
        String created = mvc.perform(post("/api/v1/backups").with(ADMIN))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.rows").value(greaterThan(0)))
                .andExpect(jsonPath("$.createdAt").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        byte[] archive = mvc.perform(get("/api/v1/backups/" + id + "/archive").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(archive, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        mvc.perform(post("/api/v1/restores")
                        .with(ADMIN)
                        .contentType("application/zip")
                        .header("X-Confirm-Business", "Clientela")
                        .content(archive))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.app_user").value(greaterThan(0)))
                .andExpect(jsonPath("$.totalRows").value(greaterThan(0)))
                .andExpect(jsonPath("$.backupBefore").value(greaterThan((int) id)))
                .andExpect(jsonPath("$.erasuresReapplied").value(0));

        mvc.perform(post("/api/v1/restores")
                        .with(ADMIN)
                        .locale(Locale.ENGLISH)
                        .contentType("application/zip")
                        .header("X-Confirm-Business", "Otra")
                        .content(archive))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(endsWith("backup-refused")))
                .andExpect(jsonPath("$.detail").value(containsString("not this business's name")));
        mvc.perform(post("/api/v1/restores")
                        .with(ADMIN)
                        .locale(Locale.ENGLISH)
                        .contentType("application/zip")
                        .header("X-Confirm-Business", "Clientela")
                        .content("not a zip".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("damaged")));
    }

    @Test
    void onlyAdminsMayBackUpDownloadOrRestore() throws Exception {
        mvc.perform(post("/api/v1/backups").with(MANAGER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/backups").with(MANAGER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/backups/1/archive").with(MANAGER)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/restores")
                        .with(MANAGER)
                        .contentType("application/zip")
                        .header("X-Confirm-Business", "Clientela")
                        .content(new byte[] {1}))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/backups")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/backups").with(MANAGER)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/backups").with(MANAGER).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/backups/card").with(MANAGER)).andExpect(status().isForbidden());
    }

    @Test
    void thePageBacksUpAndRestoresWithTheNameTyped() throws Exception {
        mvc.perform(post("/admin/backups").with(ADMIN)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/backups").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/backups"))
                .andExpect(flash().attribute("flash", "backups.done"));
        String page = mvc.perform(get("/admin/backups").with(ADMIN).locale(Locale.forLanguageTag("es")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Hacer una copia ahora", "Pedida", "backups-restore");
        String link = page.replaceAll("(?s).*href=\"(/admin/backups/\\d+/archive)\".*", "$1");
        byte[] archive = mvc.perform(get(link).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        mvc.perform(multipart("/admin/backups/restore")
                        .file(new MockMultipartFile("archive", "copia.zip", "application/zip", archive))
                        .param("business", "Otra")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/backups"))
                .andExpect(flash().attribute("refusedKey", "backups.refused.WRONG_BUSINESS"));
        mvc.perform(multipart("/admin/backups/restore")
                        .file(new MockMultipartFile("archive", "copia.zip", "application/zip", archive))
                        .param("business", "Clientela")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/backups"))
                .andExpect(flash().attributeExists("restored"));
    }

    @Test
    void theHomeCardWarnsWhenTheLastVerifiedBackupIsOlderThan26Hours() throws Exception {
        mvc.perform(post("/api/v1/backups").with(ADMIN)).andExpect(status().isCreated());
        mvc.perform(get("/admin/backups/card").with(ADMIN).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("home-backups-fresh")));

        clock.advance(Duration.ofHours(27));

        mvc.perform(get("/admin/backups/card").with(ADMIN).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("home-backups-stale")))
                .andExpect(content().string(containsString("Back up now on the backups page")));
    }
}
