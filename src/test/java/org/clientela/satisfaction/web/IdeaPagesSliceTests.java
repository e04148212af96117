package org.clientela.satisfaction.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.platform.UserDirectory;
import org.clientela.satisfaction.internal.gestures.GestureFigures;
import org.clientela.satisfaction.internal.gestures.GestureLedger;
import org.clientela.satisfaction.internal.ideas.CustomerIdeas;
import org.clientela.satisfaction.internal.ideas.Idea;
import org.clientela.satisfaction.internal.ideas.IdeaArea;
import org.clientela.satisfaction.internal.ideas.IdeaChannel;
import org.clientela.satisfaction.internal.ideas.IdeaStateException;
import org.clientela.satisfaction.internal.ideas.IdeaStatus;
import org.clientela.support.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The pages of ideas and gestures: who may send their forms (a viewer none, a seller only their own
 * ideas, nobody without the CSRF token), and what a refused move, a stale edit and an unreadable
 * cost say next to their fields, in the person's language.
 */
@WebSliceTest({IdeaPages.class, GesturePages.class})
class IdeaPagesSliceTests {

    static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");
    static final RequestPostProcessor OWNER = user("irene").roles("SERVICE");
    static final RequestPostProcessor SELLER = user("sara").roles("SALES");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CustomerIdeas ideas;

    @MockitoBean
    GestureLedger gestures;

    @MockitoBean
    GestureFigures figures;

    @MockitoBean
    CustomerDirectory customers;

    @MockitoBean
    UserDirectory users;

    final Idea received = new Idea(
            7,
            5,
            "Abrir los sábados",
            IdeaArea.SERVICE,
            IdeaChannel.PHONE,
            "irene",
            IdeaStatus.RECEIVED,
            LocalDate.now().plusDays(10),
            null,
            null,
            null,
            31L,
            "irene",
            Instant.now(),
            3);

    @BeforeEach
    void aCustomerAndAnIdea() {
        when(customers.find(5)).thenReturn(Optional.of(new CustomerRef(5, "C-5", "Hotel Sol")));
        when(ideas.get(7)).thenReturn(received);
        when(users.activePeople()).thenReturn(List.of());
    }

    @Test
    void aViewerLogsNothingAndNobodyPostsWithoutTheToken() throws Exception {
        mvc.perform(post("/satisfaction/ideas")
                        .with(VIEWER)
                        .with(csrf())
                        .param("customerId", "5")
                        .param("text", "Una idea"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/satisfaction/ideas")
                        .with(OWNER)
                        .param("customerId", "5")
                        .param("text", "Una idea"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/satisfaction/gestures")
                        .with(VIEWER)
                        .with(csrf())
                        .param("customerId", "5")
                        .param("type", "SAMPLE"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(gestures);
        verify(ideas, never()).log(any());
    }

    @Test
    void aSellerChangesOnlyTheirOwnIdeas() throws Exception {
        mvc.perform(post("/satisfaction/ideas/7")
                        .with(SELLER)
                        .with(csrf())
                        .param("version", "3")
                        .param("text", "Abrir los sábados")
                        .param("status", "LOOKING"))
                .andExpect(status().isForbidden());
        verify(ideas, never()).change(anyLong(), any());
    }

    @Test
    void aRefusedMoveIsSaidNextToTheStatus() throws Exception {
        when(ideas.change(eq(7L), any())).thenThrow(new IdeaStateException(7, IdeaStatus.RECEIVED, IdeaStatus.ADOPTED));
        mvc.perform(post("/satisfaction/ideas/7")
                        .with(OWNER)
                        .with(csrf())
                        .param("version", "3")
                        .param("text", "Abrir los sábados")
                        .param("area", "SERVICE")
                        .param("channel", "PHONE")
                        .param("owner", "irene")
                        .param("status", "ADOPTED"))
                .andExpect(status().isOk())
                .andExpect(view().name("satisfaction/idea"))
                .andExpect(content().string(containsString("Una idea «Recibida» no puede pasar a «Adoptada».")));
    }

    @Test
    void aStaleEditShowsTheIdeaAsItIsNow() throws Exception {
        when(ideas.change(eq(7L), any())).thenThrow(new OptimisticLockingFailureException("changed"));
        mvc.perform(post("/satisfaction/ideas/7")
                        .with(OWNER)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("version", "2")
                        .param("text", "Abrir los domingos")
                        .param("area", "SERVICE")
                        .param("channel", "PHONE")
                        .param("owner", "irene")
                        .param("status", "LOOKING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"conflict\"")))
                .andExpect(content().string(containsString("Someone else changed this idea")))
                .andExpect(content().string(containsString("Abrir los sábados")));
    }

    @Test
    void anUnreadableCostIsSaidNextToItAndNothingIsGiven() throws Exception {
        mvc.perform(post("/satisfaction/gestures")
                        .with(OWNER)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("customerId", "5")
                        .param("type", "SAMPLE")
                        .param("description", "Una muestra")
                        .param("cost", "unos euros"))
                .andExpect(status().isOk())
                .andExpect(view().name("satisfaction/gesture-new"))
                .andExpect(content().string(containsString("Type the cost as a number, for example 12.50.")));
        verifyNoInteractions(gestures);
    }
}
