package org.clientela.service;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Customers, cases and promises made through the API, for tests that share one database. */
final class ServiceFixtures {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");

    private final MockMvc mvc;
    final String marker = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    ServiceFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    long customer(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + " " + marker + "\",\"kind\":\"PERSON\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return id(body);
    }

    long complaint(long customerId) throws Exception {
        String body = mvc.perform(post("/api/v1/cases")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customerId":%d,"type":"COMPLAINT","channel":"PHONE","reason":"NOT_KEPT_INFORMED",
                                 "subject":"Nadie me llama %s","description":"Llamó tres veces"}""".formatted(customerId, marker)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return id(body);
    }

    long promise(long caseId, String kind, Instant dueAt) throws Exception {
        String body = mvc.perform(post("/api/v1/cases/" + caseId + "/promises")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"" + kind + "\",\"dueAt\":\"" + dueAt + "\",\"description\":\"Le llamo "
                                + marker + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return id(body);
    }

    static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
