package org.clientela.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.clientela.platform.AuditLog;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ApplicationTest
class AuditPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void adminsReadTheChangeLogNewestFirstAPageAtATime() throws Exception {
        audit.record("TEST_OLD", "thing", 1, "older " + marker, null, null);
        for (int i = 0; i < AuditPageController.PAGE_SIZE; i++) {
            audit.record("TEST_NEW", "thing", i, "newer " + marker + " <b>" + i + "</b>", null, null);
        }
        var admin = user("admin").roles("ADMIN");

        mvc.perform(get("/audit").with(admin).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Change log")))
                .andExpect(content().string(containsString("newer " + marker + " &lt;b&gt;49&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("older " + marker))))
                .andExpect(content().string(containsString("rel=\"next\"")));

        mvc.perform(get("/audit").param("page", "1").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("older " + marker)))
                .andExpect(content().string(containsString("rel=\"prev\"")));
    }

    @Test
    void othersMayNotReadIt() throws Exception {
        mvc.perform(get("/audit").with(user("boss").roles("MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection());
    }
}
