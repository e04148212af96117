package org.clientela.satisfaction.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Slice;
import org.clientela.platform.UserDirectory;
import org.clientela.satisfaction.internal.requests.DepartmentMatrix;
import org.clientela.satisfaction.internal.requests.Departments;
import org.clientela.satisfaction.internal.requests.InternalRequest;
import org.clientela.satisfaction.internal.requests.InternalRequestList;
import org.clientela.satisfaction.internal.requests.InternalRequests;
import org.clientela.satisfaction.internal.requests.RequestPriority;
import org.clientela.satisfaction.internal.requests.RequestStatus;
import org.clientela.satisfaction.internal.reviews.ProjectReviews;
import org.clientela.service.CaseType;
import org.clientela.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages of internal work: who may post, CSRF, a refused request shown with the reason next to
 * its field, a refused move sent back with its sentence, and which forms a request's page offers to
 * whom (the serving department answers, the requester rates).
 */
@WebSliceTest({InternalRequestPages.class, DepartmentMatrixPages.class, ProjectReviewPages.class})
class InternalRequestPagesSliceTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    InternalRequests requests;

    @MockitoBean
    InternalRequestList lists;

    @MockitoBean
    Departments departments;

    @MockitoBean
    CustomerDirectory customers;

    @MockitoBean
    DepartmentMatrix matrix;

    @MockitoBean
    ProjectReviews reviews;

    @MockitoBean
    UserDirectory users;

    static InternalRequest request(RequestStatus status) {
        return new InternalRequest(
                5,
                "Tienda",
                "Oficina",
                "ana",
                CaseType.QUESTION,
                RequestPriority.HIGH,
                "Precio <b>especial</b>",
                null,
                true,
                null,
                status,
                Instant.parse("2026-03-06T16:00:00Z"),
                Instant.parse("2026-03-09T11:00:00Z"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                3);
    }

    @Test
    void viewersAndFormsWithoutTheirTokenPostNothing() throws Exception {
        mvc.perform(post("/satisfaction/internal")
                        .with(user("vera").roles("VIEWER"))
                        .with(csrf())
                        .param("toDepartment", "Oficina"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/satisfaction/internal")
                        .with(user("ana").roles("SALES"))
                        .param("toDepartment", "Oficina"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/satisfaction/internal/5/rating")
                        .with(user("vera").roles("VIEWER"))
                        .with(csrf())
                        .param("score", "5"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(requests);
    }

    @Test
    void aRefusedRequestShowsTheReasonNextToItsField() throws Exception {
        when(departments.of("ana")).thenReturn(Optional.of("Tienda"));
        when(departments.all()).thenReturn(List.of("Oficina", "Tienda"));
        when(requests.ask(any(), any()))
                .thenThrow(new InvalidInputException(
                        InputError.field("toDepartment", "satisfaction.internal.toDepartment.own")));
        mvc.perform(post("/satisfaction/internal")
                        .with(user("ana").roles("SALES"))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("toDepartment", "Tienda")
                        .param("type", "QUESTION")
                        .param("priority", "HIGH")
                        .param("subject", "Precio"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Una petición va a otro departamento, no al propio.")))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("value=\"Precio\"")));
    }

    @Test
    void aMoveSomeoneElseMadeFirstSendsBackWithItsSentence() throws Exception {
        when(requests.close(eq(5L), eq(3L), any(), any()))
                .thenThrow(new org.springframework.dao.OptimisticLockingFailureException("changed"));
        mvc.perform(post("/satisfaction/internal/5/close")
                        .with(user("ivo").roles("SERVICE"))
                        .with(csrf())
                        .param("version", "3"))
                .andExpect(redirectedUrl("/satisfaction/internal/5"))
                .andExpect(flash().attribute("flashError", "satisfaction.internal.conflict"));
    }

    @Test
    void theServingDepartmentGetsTheAnswerFormsAndTheRequesterTheRating() throws Exception {
        InternalRequest open = request(RequestStatus.OPEN);
        when(requests.find(eq(5L), any())).thenReturn(open);
        when(requests.messages(eq(5L), any())).thenReturn(List.of());
        when(requests.serves(eq(open), any()))
                .thenAnswer(i -> "ivo"
                        .equals(((org.clientela.satisfaction.internal.requests.Colleague) i.getArgument(1))
                                .username()));
        mvc.perform(get("/satisfaction/internal/5")
                        .with(user("ivo").roles("SERVICE"))
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"answer-form\"")))
                .andExpect(content().string(containsString("id=\"close-form\"")))
                .andExpect(content().string(not(containsString("id=\"cancel-form\""))))
                .andExpect(content().string(containsString("Precio &lt;b&gt;especial&lt;/b&gt;")));
        mvc.perform(get("/satisfaction/internal/5")
                        .with(user("ana").roles("SALES"))
                        .header("Accept-Language", "es"))
                .andExpect(content().string(not(containsString("id=\"answer-form\""))))
                .andExpect(content().string(containsString("id=\"cancel-form\"")));

        InternalRequest closed = request(RequestStatus.CLOSED);
        when(requests.find(eq(6L), any())).thenReturn(closed);
        when(requests.messages(eq(6L), any())).thenReturn(List.of());
        when(requests.mayRate(eq(closed), any()))
                .thenAnswer(i -> "ana"
                        .equals(((org.clientela.satisfaction.internal.requests.Colleague) i.getArgument(1))
                                .username()));
        mvc.perform(get("/satisfaction/internal/6")
                        .with(user("ana").roles("SALES"))
                        .header("Accept-Language", "es"))
                .andExpect(content().string(containsString("id=\"rating-form\"")));
        mvc.perform(get("/satisfaction/internal/6")
                        .with(user("vera").roles("VIEWER"))
                        .header("Accept-Language", "en"))
                .andExpect(content().string(not(containsString("id=\"rating-form\""))))
                .andExpect(content().string(containsString("Closed: the requester has not rated it yet.")));
    }

    @Test
    void aReviewPlannedWithoutItsProjectSaysSoInEnglishToo() throws Exception {
        when(reviews.list(0, ProjectReviewPages.PAGE_SIZE))
                .thenReturn(new Slice<>(List.of(), 0, ProjectReviewPages.PAGE_SIZE, false));
        when(reviews.today()).thenReturn(LocalDate.of(2026, 3, 9));
        when(reviews.plan(any(), any(), any(), any()))
                .thenThrow(
                        new InvalidInputException(InputError.field("project", "satisfaction.review.project.required")));
        mvc.perform(post("/satisfaction/reviews")
                        .with(user("olga").roles("SERVICE"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("project", " ")
                        .param("endedOn", "2026-03-06"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write the project&#39;s name.")));
    }
}
