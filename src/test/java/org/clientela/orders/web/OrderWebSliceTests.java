package org.clientela.orders.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.internal.OrderBook;
import org.clientela.orders.internal.OrderColumn;
import org.clientela.orders.internal.OrderExport;
import org.clientela.orders.internal.OrderFilter;
import org.clientela.orders.internal.OrderSort;
import org.clientela.orders.internal.OrderSummary;
import org.clientela.orders.internal.PurchaseHistory;
import org.clientela.platform.ListTotal;
import org.clientela.platform.Role;
import org.clientela.platform.Slice;
import org.clientela.platform.WebSliceFixtures;
import org.clientela.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The order API and pages: what a wrong filter gets, and that nobody reads orders without signing in. */
@WebSliceTest({OrderApi.class, OrderPages.class, OrderExportPages.class})
class OrderWebSliceTests {

    static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrderBook orders;

    @MockitoBean
    PurchaseHistory purchases;

    @MockitoBean
    CustomerDirectory customers;

    @MockitoBean
    OrderExport export;

    @Test
    void apiRefusesAWrongDateRangeADateThatIsNoDateAndAPageTooLarge() throws Exception {
        mvc.perform(get("/api/v1/orders")
                        .param("from", "2025-03-04")
                        .param("to", "2025-03-02")
                        .with(VIEWER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/orders").param("from", "not-a-date").with(VIEWER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/orders").param("size", "5000").with(VIEWER)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/orders").param("sort", "CHEAPEST").with(VIEWER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        verifyNoInteractions(orders);
    }

    @Test
    void apiPassesTheFilterOnAndWritesAmountsAsExactDecimals() throws Exception {
        OrderSummary order = new OrderSummary(
                9, "P-1", LocalDate.of(2025, 3, 2), 4, "C-4", "Ana", "WEB", null, 2, new BigDecimal("15.50"), "EUR");
        when(orders.list(any(OrderFilter.class), any(OrderSort.class), anyInt(), anyInt()))
                .thenReturn(new Slice<>(List.of(order), 0, 1, true));
        String json = mvc.perform(get("/api/v1/orders")
                        .param("customerId", "4")
                        .param("from", "2025-03-01")
                        .param("size", "1")
                        .header("Authorization", WebSliceFixtures.apiToken(Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].orderNumber").value("P-1"))
                .andExpect(jsonPath("$.items[0].orderDate").value("2025-03-02"))
                .andExpect(jsonPath("$.hasNext").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(json).contains("\"total\":15.50");
        verify(orders)
                .list(eq(new OrderFilter(4L, LocalDate.of(2025, 3, 1), null)), eq(OrderSort.NEWEST), eq(0), eq(1));
    }

    @Test
    void anUnknownOrderIsAProblem404() throws Exception {
        when(orders.find(987654321L)).thenReturn(Optional.empty());
        mvc.perform(get("/api/v1/orders/987654321").with(VIEWER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/not-found"));
    }

    @Test
    void theListSaysNextToTheFilterThatTheDatesAreTheWrongWayRound() throws Exception {
        when(orders.count(any())).thenReturn(new ListTotal(0, false));
        when(orders.list(any(OrderFilter.class), any(OrderColumn.Sorted.class), anyInt(), anyInt()))
                .thenReturn(new Slice<>(List.of(), 0, 25, false));
        mvc.perform(get("/orders")
                        .param("from", "2025-03-04")
                        .param("to", "2025-03-02")
                        .param("lang", "en")
                        .with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"filter-error\"")))
                .andExpect(content()
                        .string(containsString("The &quot;to&quot; date is before the &quot;from&quot; date")));
        // The list is still shown, without the dates.
        verify(orders).count(new OrderFilter(null, null, null));
    }

    @Test
    void nobodyReadsOrdersWithoutSigningIn() throws Exception {
        mvc.perform(get("/api/v1/orders")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/orders/1")).andExpect(status().isUnauthorized());
        mvc.perform(get("/orders"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/orders/export.csv")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/orders/of-customer/1")).andExpect(status().is3xxRedirection());
        verifyNoInteractions(orders, purchases, export);
    }
}
