package org.clientela.platform.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Headers every answer carries, on the pages and on the API: no address of ours leaks to other
 * sites, no page may use the camera and the like; over TLS also Strict-Transport-Security. The
 * session cookie and a proxy's X-Forwarded-Proto are tried over real HTTP in {@link BehindProxyTests}.
 */
@ApplicationTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    static void privacyHeaders(ResultActions result) throws Exception {
        result.andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                .andExpect(header().string("Permissions-Policy", containsString("microphone=()")))
                .andExpect(header().string("Permissions-Policy", containsString("geolocation=()")));
    }

    @Test
    void pagesAndTheApiCarryTheReferrerAndPermissionsPolicies() throws Exception {
        privacyHeaders(mvc.perform(get("/login")).andExpect(status().isOk()));
        privacyHeaders(mvc.perform(get("/api/v1/customers").with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isOk()));
        privacyHeaders(mvc.perform(get("/api/v1/customers")).andExpect(status().isUnauthorized()));
    }

    @Test
    void overTlsStrictTransportSecurity() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
        mvc.perform(get("/api/v1/customers").secure(true).with(httpBasic("admin", "admin-test-password")))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
    }

    @Test
    void overPlainHttpNoStrictTransportSecurity() throws Exception {
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/api/v1/customers").with(httpBasic("admin", "admin-test-password")))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
