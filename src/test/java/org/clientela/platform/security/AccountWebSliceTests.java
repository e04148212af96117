package org.clientela.platform.security;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clientela.platform.AuditLog;
import org.clientela.platform.Role;
import org.clientela.platform.StateConflict;
import org.clientela.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** People and their API tokens: bad input, who may do what, and a refused move as 409. */
@WebSliceTest({UsersApi.class, AccountTokensPages.class})
class AccountWebSliceTests {

    static final RequestPostProcessor ADMIN = user("ada").roles("ADMIN");
    static final RequestPostProcessor SALES = user("sara").roles("SALES");

    @Autowired
    MockMvc mvc;
    /** The slice's own token store (a mock), see {@link WebSliceSecurity}. */
    @Autowired
    ApiTokens tokens;

    @MockitoBean
    UserAccountRepository users;

    @MockitoBean
    UserAccounts accounts;

    @MockitoBean
    AuditLog audit;

    @MockitoBean
    JdbcTeams teams;

    @MockitoBean
    UserChanges changes;

    @MockitoBean
    PasswordPolicy policy;

    /** A move the domain refuses, as its own exceptions do. */
    static final class AlreadyUnlocked extends StateConflict {
        AlreadyUnlocked() {
            super("not locked");
        }

        @Override
        public String problemType() {
            return "user-state";
        }

        @Override
        public String messageKey() {
            return "problem.conflict.detail";
        }
    }

    @Test
    void aNewUserWithoutNameRolesOrPasswordNamesEachField() throws Exception {
        mvc.perform(post("/api/v1/users")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"a b\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'password')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'roles')]").exists());
        mvc.perform(post("/api/v1/users")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"ana\",\"password\":\"long-enough-pw\",\"roles\":[\"KING\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
        verifyNoInteractions(accounts);
    }

    @Test
    void onlyAnAdminManagesPeople() throws Exception {
        mvc.perform(post("/api/v1/users/3/unlock").with(SALES))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/v1/users").header("Authorization", WebSliceSecurity.token(Role.MANAGER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
        verifyNoInteractions(accounts, users);
    }

    @Test
    void aRefusedMoveIsA409WithItsOwnType() throws Exception {
        when(accounts.unlock(3)).thenThrow(new AlreadyUnlocked());
        mvc.perform(post("/api/v1/users/3/unlock").with(ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/user-state"))
                .andExpect(jsonPath("$.title").value("Changed by someone else"));
    }

    @Test
    void aTokenWithoutANameIsRefusedNextToTheField() throws Exception {
        mvc.perform(post("/account/tokens")
                        .with(SALES)
                        .with(csrf())
                        .param("name", " ")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(content().string(containsString("must not be blank")));
        mvc.perform(post("/api/v1/me/tokens")
                        .with(SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        verifyNoInteractions(audit);
    }

    @Test
    void aTokenIsIssuedOnceAndShownOnce() throws Exception {
        when(tokens.issue("sara", "laptop")).thenReturn("clt_secret");
        mvc.perform(post("/account/tokens").with(SALES).with(csrf()).param("name", " laptop "))
                .andExpect(status().isOk())
                .andExpect(model().attribute("issuedToken", "clt_secret"))
                .andExpect(flash().attributeCount(0))
                .andExpect(content().string(containsString("clt_secret")));
    }

    @Test
    void theTokenFormNeedsItsCsrfTokenAndASignedInPerson() throws Exception {
        mvc.perform(post("/account/tokens").with(SALES).param("name", "laptop")).andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").with(csrf()).param("name", "laptop"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        verifyNoInteractions(audit);
    }
}
