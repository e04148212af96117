package org.clientela.privacy.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.customers.CustomerContacts;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.customers.CustomerNames;
import org.clientela.platform.ContactPermission.Channel;
import org.clientela.platform.ContactPermission.Person;
import org.clientela.platform.ContactPermission.Purpose;
import org.clientela.platform.Slice;
import org.clientela.privacy.internal.consents.ConsentEntry;
import org.clientela.privacy.internal.consents.ConsentLedger;
import org.clientela.privacy.internal.consents.ConsentSource;
import org.clientela.privacy.internal.consents.ConsentState;
import org.clientela.privacy.internal.consents.ConsentStatus;
import org.clientela.privacy.internal.consents.LegalBasis;
import org.clientela.privacy.internal.consents.NewConsent;
import org.clientela.sales.ProspectDirectory;
import org.clientela.support.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The consents card: the grid in words in either language, the form only for those who record,
 * a form sent wrong coming back with the reason next to its field (nothing recorded), one sent
 * right recorded as the person who sent it, and no post without the CSRF token.
 */
@WebSliceTest(ConsentPages.class)
@Import(ConsentSubjects.class)
class ConsentPagesSliceTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConsentLedger ledger;

    @MockitoBean
    CustomerDirectory customers;

    @MockitoBean
    CustomerContacts contacts;

    @MockitoBean
    ProspectDirectory prospects;

    @MockitoBean
    CustomerNames names;

    final ConsentEntry granted = new ConsentEntry(
            9,
            Channel.EMAIL,
            Purpose.MARKETING,
            ConsentStatus.GRANTED,
            LegalBasis.CONSENT,
            ConsentSource.IN_PERSON,
            Instant.parse("2026-11-30T10:00:00Z"),
            "sara",
            "ab".repeat(32),
            "¿Te enviamos ofertas por e-mail?");

    @BeforeEach
    void aCustomerWhoAgreedToOffersByEmail() {
        when(customers.find(5)).thenReturn(Optional.of(new CustomerRef(5, "C-5", "Hotel Sol")));
        when(names.shown(any(), any())).thenAnswer(call -> call.getArgument(1));
        Map<Channel, Map<Purpose, ConsentState>> grid = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            Map<Purpose, ConsentState> row = new EnumMap<>(Purpose.class);
            for (Purpose p : Purpose.values()) {
                row.put(p, new ConsentState(c, p, ConsentStatus.NOT_ASKED, LegalBasis.LEGITIMATE_INTEREST, true, null));
            }
            grid.put(c, row);
        }
        grid.get(Channel.EMAIL)
                .put(
                        Purpose.MARKETING,
                        new ConsentState(
                                Channel.EMAIL,
                                Purpose.MARKETING,
                                ConsentStatus.GRANTED,
                                LegalBasis.CONSENT,
                                true,
                                granted));
        when(ledger.current(Person.customer(5))).thenReturn(grid);
        when(ledger.history(Person.customer(5), 0, 20)).thenReturn(new Slice<>(List.of(granted), 0, 20, false));
        when(contacts.of(5))
                .thenReturn(List.of(
                        new CustomerContacts.ContactRef(71, 5, "Rosa Luz", "rosa@example.es", null),
                        new CustomerContacts.ContactRef(72, 5, "Luis Mar", null, "922000111")));
        when(ledger.recorded(eq(Person.Kind.CONTACT), any()))
                .thenReturn(Map.of(
                        71L,
                        List.of(new ConsentState(
                                Channel.SMS,
                                Purpose.SURVEYS,
                                ConsentStatus.REFUSED,
                                LegalBasis.CONSENT,
                                false,
                                granted))));
    }

    @Test
    void theGridSaysWhatStandsInWordsAndAViewerGetsNoForm() throws Exception {
        mvc.perform(get("/privacy/consents/customers/5").with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"consent-EMAIL-MARKETING\" data-status=\"GRANTED\"")))
                .andExpect(content().string(containsString("Acepta")))
                .andExpect(content().string(containsString("Sin preguntar")))
                .andExpect(content().string(containsString("¿Te enviamos ofertas por e-mail?")))
                .andExpect(content().string(containsString("href=\"/privacy/consents/contacts/71\"")))
                .andExpect(content().string(containsString("SMS · Encuestas de satisfacción: Rechaza")))
                .andExpect(content().string(containsString("href=\"/privacy/consents/contacts/72\"")))
                .andExpect(content().string(containsString("sin preguntar")))
                .andExpect(content().string(not(containsString("consent-form"))));
        mvc.perform(get("/privacy/consents/customers/5")
                        .with(user("sara").roles("SALES"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not asked")))
                .andExpect(content().string(containsString("Agreed")))
                .andExpect(content().string(containsString("id=\"consent-form\"")));
    }

    @Test
    void aFormSentWrongComesBackWithTheReasonNextToTheField() throws Exception {
        mvc.perform(post("/privacy/consents/customers/5")
                        .with(user("sara").roles("SALES"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("channel", "EMAIL")
                        .param("purpose", "SURVEYS")
                        .param("status", "GRANTED")
                        .param("source", "PHONE")
                        .param("legalBasis", "CONSENT")
                        .param("text", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Escribe el texto exacto que se le mostró al cliente.")))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/privacy/consents/customers/5")
                        .with(user("sara").roles("SALES"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("channel", "EMAIL")
                        .param("purpose", "SURVEYS")
                        .param("status", "GRANTED")
                        .param("source", "UNSUBSCRIBE_LINK")
                        .param("legalBasis", "CONSENT")
                        .param("text", "t"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Solo el propio enlace de baja anota ese origen.")));
        mvc.perform(post("/privacy/consents/customers/5")
                        .with(user("sara").roles("SALES"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("channel", "EMAIL")
                        .param("purpose", "SURVEYS")
                        .param("status", "GRANTED")
                        .param("source", "PHONE")
                        .param("text", "nul\u0000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        verify(ledger, never()).record(any(Person.class), any(), any());
    }

    @Test
    void aFormSentRightIsRecordedAsItsSender() throws Exception {
        NewConsent expected = new NewConsent(
                Channel.WHATSAPP,
                Purpose.SURVEYS,
                ConsentStatus.REFUSED,
                LegalBasis.CONSENT,
                ConsentSource.PHONE,
                "¿Encuestas?");
        mvc.perform(post("/privacy/consents/customers/5")
                        .with(user("sara").roles("SALES"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("channel", "WHATSAPP")
                        .param("purpose", "SURVEYS")
                        .param("status", "REFUSED")
                        .param("source", "PHONE")
                        .param("legalBasis", "CONSENT")
                        .param("text", "¿Encuestas?"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("consent-saved")));
        verify(ledger).record(eq(Person.customer(5)), eq(expected), eq("sara"));
        // Without htmx, back to the customer's page.
        mvc.perform(post("/privacy/consents/customers/5")
                        .with(user("sara").roles("SALES"))
                        .with(csrf())
                        .param("channel", "WHATSAPP")
                        .param("purpose", "SURVEYS")
                        .param("status", "REFUSED")
                        .param("source", "PHONE")
                        .param("text", "¿Encuestas?"))
                .andExpect(redirectedUrl("/customers/5"));
    }

    @Test
    void aViewerRecordsNothingAndNobodyPostsWithoutTheToken() throws Exception {
        mvc.perform(post("/privacy/consents/customers/5")
                        .with(user("vera").roles("VIEWER"))
                        .with(csrf())
                        .param("text", "t"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/privacy/consents/customers/5")
                        .with(user("sara").roles("SALES"))
                        .param("text", "t"))
                .andExpect(status().isForbidden());
        verify(ledger, never()).record(any(Person.class), any(), any());
    }
}
