package org.clientela.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.clientela.customers.internal.Customer;
import org.clientela.customers.internal.CustomerDetails;
import org.clientela.customers.internal.Customers;
import org.clientela.orders.OrderImporter;
import org.clientela.platform.ImportProgress;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The customer page's single timeline merges purchases and changes, newest first. */
@ApplicationTest
class CustomerTimelineTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Customers customers;

    @Autowired
    OrderImporter orders;

    final String marker = "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void showsPurchasesAndChangesNewestFirst(@TempDir Path folder) throws Exception {
        Customer customer = customers.create(
                "N" + marker,
                new CustomerDetails(
                        CustomerKind.PERSON,
                        "Ana " + marker,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        LifecycleStatus.CUSTOMER,
                        null,
                        List.of(),
                        List.of()));
        Path file = folder.resolve("pedidos.csv");
        Files.writeString(file, """
                customer_number,order_number,order_date,sku,category,quantity,amount
                N%1$s,A-%1$s,2020-01-10,,,,10.00
                N%1$s,B-%1$s,2021-06-01,S1,Café,1,7.50
                N%1$s,B-%1$s,2021-06-01,S2,Té,2,4.00
                """.formatted(marker), StandardCharsets.UTF_8);
        orders.importCsv(file, ImportProgress.NONE);

        String page = mvc.perform(get("/customers/" + customer.getId())
                        .with(user("admin").roles("ADMIN"))
                        .header("Accept-Language", "es"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String timeline = page.substring(page.indexOf("id=\"timeline\""));

        int created = timeline.indexOf("Alta en Clientela, por");
        int newer = timeline.indexOf("Compra B-" + marker + " (2 líneas)");
        int older = timeline.indexOf("Compra A-" + marker + " (1 línea)");
        assertThat(created).as("the change").isNotNegative();
        assertThat(newer).as("the 2021 purchase").isGreaterThan(created);
        assertThat(older).as("the 2020 purchase").isGreaterThan(newer);
        assertThat(timeline).contains("11,50").contains("href=\"/orders/");
    }
}
