package org.clientela.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.clientela.orders.internal.PurchaseHistory;
import org.clientela.orders.internal.PurchaseProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The orders read side against the real database (H2 and PostgreSQL twins): the purchase figures
 * of the customer 360 page, the orders API, the line-level export and who may read them. Each
 * test builds its own customers and orders under a unique marker.
 */
abstract class OrderReadTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");
    static final RequestPostProcessor VIEWER_PAGE = user("viewer-page").roles("VIEWER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PurchaseHistory purchases;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate template;

    final String marker = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    LocalDate today;
    long coffee;
    long tea;

    @BeforeEach
    void catalogue() {
        today = LocalDate.now(clock);
        coffee = category("Café, molido " + marker);
        tea = category("Té " + marker);
        product("CAF-" + marker, "Café de Tenerife", coffee);
        product("=CMD-" + marker, "Té verde", tea);
    }

    // ---- fixtures ---------------------------------------------------------------------------

    long customer(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"kind\":\"COMPANY\",\"customerNumber\":\"C"
                                + Math.abs(name.hashCode()) + marker + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    String numberOf(long customerId) {
        return jdbc.sql("SELECT customer_number FROM customer WHERE id = :id")
                .param("id", customerId)
                .query(String.class)
                .single();
    }

    long category(String name) {
        jdbc.sql("INSERT INTO product_category (name, name_key) VALUES (:name, :key)")
                .param("name", name)
                .param("key", name.toLowerCase())
                .update();
        return jdbc.sql("SELECT id FROM product_category WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    void product(String sku, String name, long categoryId) {
        jdbc.sql("INSERT INTO product (sku, name, category_id) VALUES (:sku, :name, :category)")
                .param("sku", sku)
                .param("name", name)
                .param("category", categoryId)
                .update();
    }

    record Line(String sku, String quantity, String amount) {}

    long order(long customerId, String number, LocalDate date, Line... lines) {
        BigDecimal total =
                Arrays.stream(lines).map(l -> new BigDecimal(l.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        jdbc.sql("""
                        INSERT INTO sales_order (order_number, customer_id, order_date, channel, currency, total_amount,
                                                 line_count, created_at)
                        VALUES (:number, :customer, :date, 'tienda', 'EUR', :total, :lines, :now)""")
                .param("number", number)
                .param("customer", customerId)
                .param("date", date)
                .param("total", total)
                .param("lines", lines.length)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        long id = jdbc.sql("SELECT id FROM sales_order WHERE order_number = :number")
                .param("number", number)
                .query(Long.class)
                .single();
        int n = 1;
        for (Line line : lines) {
            jdbc.sql("""
                            INSERT INTO order_line (order_id, line_number, product_id, quantity, amount)
                            VALUES (:order, :n, (SELECT id FROM product WHERE sku = :sku), :quantity, :amount)""")
                    .param("order", id)
                    .param("n", n++)
                    .param("sku", line.sku())
                    .param("quantity", new BigDecimal(line.quantity()))
                    .param("amount", new BigDecimal(line.amount()))
                    .update();
        }
        return id;
    }

    /** Three orders: 15.50 + 7.25 + 16.50 = 39.25; coffee 17.25, tea 22.00; last one 41 days ago. */
    long regularCustomer() throws Exception {
        long id = customer("Bar Pepe " + marker);
        order(
                id,
                "P1-" + marker,
                today.minusDays(100),
                new Line("CAF-" + marker, "2", "10.00"),
                new Line("=CMD-" + marker, "1", "5.50"));
        order(id, "P2-" + marker, today.minusDays(70), new Line("CAF-" + marker, "1.5", "7.25"));
        order(id, "P3-" + marker, today.minusDays(41), new Line("=CMD-" + marker, "3", "16.50"));
        return id;
    }

    // ---- the customer 360 purchases --------------------------------------------------------

    @Test
    void sumsUpWhatACustomerBought() throws Exception {
        long id = regularCustomer();

        PurchaseProfile profile = purchases.of(id);

        assertThat(profile.orderCount()).isEqualTo(3);
        assertThat(profile.spend()).hasSize(1);
        assertThat(profile.spend().get(0).total()).isEqualByComparingTo("39.25");
        assertThat(profile.spend().get(0).average()).isEqualByComparingTo("13.08");
        assertThat(profile.firstPurchase()).isEqualTo(today.minusDays(100));
        assertThat(profile.lastPurchase()).isEqualTo(today.minusDays(41));
        assertThat(profile.daysSinceLast()).isEqualTo(41);
        assertThat(profile.categories())
                .extracting(PurchaseProfile.CategoryShare::category)
                .containsExactly("Té " + marker, "Café, molido " + marker);
        assertThat(profile.categories().get(0).amount()).isEqualByComparingTo("22.00");
        assertThat(profile.categories().get(0).share())
                .isCloseTo(22.00 / 39.25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(profile.latest().items())
                .extracting(o -> o.orderNumber())
                .containsExactly("P3-" + marker, "P2-" + marker, "P1-" + marker);
    }

    @Test
    void showsThePurchasesInWordsOnTheCustomerPage() throws Exception {
        long id = regularCustomer();

        mvc.perform(get("/orders/of-customer/" + id).with(VIEWER_PAGE).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("3 orders")))
                .andExpect(content().string(containsString("€39.25 spent in total")))
                .andExpect(content().string(containsString("€13.08 on average per order")))
                .andExpect(content().string(containsString("41 days ago")))
                .andExpect(content().string(containsString("56% of what they spend (€22.00)")))
                .andExpect(content().string(containsString("44% of what they spend (€17.25)")))
                .andExpect(content().string(containsString("/orders?customerId=" + id)));

        mvc.perform(get("/orders/of-customer/" + id).with(VIEWER_PAGE).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("3 pedidos")))
                .andExpect(content().string(containsString("hace 41 días")));
    }

    @Test
    void listsOnlyTheTenNewestOrdersOnTheCustomerPage() throws Exception {
        long id = customer("Muchos " + marker);
        for (int i = 1; i <= 12; i++) {
            order(id, "M" + i + "-" + marker, today.minusDays(i), new Line("CAF-" + marker, "1", "1.00"));
        }
        String html = mvc.perform(
                        get("/orders/of-customer/" + id).with(VIEWER_PAGE).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("12 orders")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("M1-" + marker, "M10-" + marker).doesNotContain("M11-" + marker, "M12-" + marker);
        assertThat(html).contains("yesterday");
    }

    @Test
    void saysSoWhenTheCustomerNeverBought() throws Exception {
        long id = customer("Nunca " + marker);
        mvc.perform(get("/orders/of-customer/" + id).with(VIEWER_PAGE).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no-purchases")))
                .andExpect(content().string(containsString("todavía no ha comprado")))
                .andExpect(content().string(not(containsString("latest-orders"))));
    }

    // ---- pages -------------------------------------------------------------------------------

    @Test
    void listAndOrderPagesShowNamesAndMoney() throws Exception {
        long id = regularCustomer();
        long order = jdbc.sql("SELECT id FROM sales_order WHERE order_number = :n")
                .param("n", "P1-" + marker)
                .query(Long.class)
                .single();

        mvc.perform(get("/orders")
                        .param("customerId", String.valueOf(id))
                        .with(VIEWER_PAGE)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bar Pepe " + marker)))
                .andExpect(content().string(containsString("/customers/" + id)))
                .andExpect(content().string(containsString("€15.50")))
                .andExpect(content().string(containsString("/orders/export.csv?customerId=" + id)));

        mvc.perform(get("/orders/" + order).with(VIEWER_PAGE).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CAF-" + marker)))
                .andExpect(content().string(containsString("Café, molido " + marker)))
                .andExpect(content().string(containsString("€5.50")));

        mvc.perform(get("/orders")
                        .param("customerId", String.valueOf(customer("Vacío " + marker)))
                        .with(VIEWER_PAGE)
                        .header("Accept-Language", "en"))
                .andExpect(content().string(containsString("No order matches these filters")));
    }

    // ---- API -----------------------------------------------------------------------------------

    @Test
    void apiPagesThroughACustomersOrdersNewestFirst() throws Exception {
        long id = customer("Paginado " + marker);
        for (int i = 1; i <= 5; i++) {
            order(id, "A" + i + "-" + marker, LocalDate.of(2025, 1, i), new Line("CAF-" + marker, "1", i + ".00"));
        }
        mvc.perform(get("/api/v1/orders")
                        .param("customerId", String.valueOf(id))
                        .param("size", "2")
                        .with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].orderNumber").value("A5-" + marker))
                .andExpect(jsonPath("$.items[1].orderNumber").value("A4-" + marker))
                .andExpect(jsonPath("$.items[0].customerName").value("Paginado " + marker))
                .andExpect(jsonPath("$.items[0].currency").value("EUR"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.hasNext").value(true));
        mvc.perform(get("/api/v1/orders")
                        .param("customerId", String.valueOf(id))
                        .param("size", "2")
                        .param("page", "2")
                        .with(ADMIN))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].orderNumber").value("A1-" + marker))
                .andExpect(jsonPath("$.hasNext").value(false));
        mvc.perform(get("/api/v1/orders")
                        .param("customerId", String.valueOf(id))
                        .param("sort", "LARGEST")
                        .param("size", "1")
                        .with(ADMIN))
                .andExpect(jsonPath("$.items[0].orderNumber").value("A5-" + marker));
    }

    @Test
    void apiFiltersByDateRangeBothEndsIncluded() throws Exception {
        long id = customer("Fechas " + marker);
        for (int i = 1; i <= 5; i++) {
            order(id, "F" + i + "-" + marker, LocalDate.of(2025, 3, i), new Line("CAF-" + marker, "1", "1.00"));
        }
        mvc.perform(get("/api/v1/orders")
                        .param("customerId", String.valueOf(id))
                        .param("from", "2025-03-02")
                        .param("to", "2025-03-04")
                        .with(ADMIN))
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.items[0].orderNumber").value("F4-" + marker))
                .andExpect(jsonPath("$.items[2].orderNumber").value("F2-" + marker));
        // A wrong range, a date that is no date and a page too large: OrderWebSliceTests.
    }

    @Test
    void apiGivesAnOrderWithItsLinesAsExactDecimals() throws Exception {
        long id = regularCustomer();
        long order = jdbc.sql("SELECT id FROM sales_order WHERE order_number = :n")
                .param("n", "P1-" + marker)
                .query(Long.class)
                .single();
        String json = mvc.perform(get("/api/v1/orders/" + order).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerId").value(id))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.lineCount").value(2))
                .andExpect(jsonPath("$.lines", hasSize(2)))
                .andExpect(jsonPath("$.lines[0].sku").value("CAF-" + marker))
                .andExpect(jsonPath("$.lines[0].category").value("Café, molido " + marker))
                .andExpect(jsonPath("$.lines[1].product").value("Té verde"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("\"total\":15.50", "\"amount\":10.00", "\"amount\":5.50");

        mvc.perform(get("/api/v1/orders/987654321").with(ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    // ---- who may read ---------------------------------------------------------------------------

    @Test
    void aViewerReadsOrdersAndExportsThem() throws Exception {
        long id = regularCustomer();
        String viewer = "v" + marker;
        mvc.perform(post("/api/v1/users")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + viewer
                                + "\",\"password\":\"viewer-password\",\"roles\":[\"VIEWER\"]}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/orders")
                        .param("customerId", String.valueOf(id))
                        .with(httpBasic(viewer, "viewer-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(3)));
        mvc.perform(get("/orders").with(VIEWER_PAGE)).andExpect(status().isOk());
        mvc.perform(get("/orders/export.csv")
                        .param("customerId", String.valueOf(id))
                        .with(VIEWER_PAGE))
                .andExpect(status().isOk());
    }

    // ---- export -----------------------------------------------------------------------------------

    @Test
    void exportsOrderLinesInTheImportFormat() throws Exception {
        long id = regularCustomer();
        byte[] bytes = mvc.perform(get("/orders/export.csv")
                        .param("customerId", String.valueOf(id))
                        .with(VIEWER_PAGE))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String number = numberOf(id);
        String d1 = today.minusDays(100).toString();
        assertThat(text)
                .isEqualTo(String.join(
                        "\r\n",
                        "customer_number,order_number,order_date,sku,category,quantity,amount,channel,point_of_sale,"
                                + "description,currency,delivered_date",
                        number + ",P1-" + marker + "," + d1 + ",CAF-" + marker + ",\"Café, molido " + marker
                                + "\",2,10.00,tienda,,,EUR,",
                        number + ",P1-" + marker + "," + d1 + ",'=CMD-" + marker + ",Té " + marker
                                + ",1,5.50,tienda,,,EUR,",
                        number + ",P2-" + marker + "," + today.minusDays(70) + ",CAF-" + marker + ",\"Café, molido "
                                + marker + "\",1.5,7.25,tienda,,,EUR,",
                        number + ",P3-" + marker + "," + today.minusDays(41) + ",'=CMD-" + marker + ",Té " + marker
                                + ",3,16.50,tienda,,,EUR,",
                        ""));

        // Read back as an importer would: the same columns, and each value as it was stored.
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(text).stream().toList();
        assertThat(records.get(0).getFields())
                .containsExactly(
                        "customer_number",
                        "order_number",
                        "order_date",
                        "sku",
                        "category",
                        "quantity",
                        "amount",
                        "channel",
                        "point_of_sale",
                        "description",
                        "currency",
                        "delivered_date");
        assertThat(records).hasSize(5);
        assertThat(records.get(1).getField(4)).isEqualTo("Café, molido " + marker);
        assertThat(records.get(2).getField(3)).isEqualTo("'=CMD-" + marker);
    }

    @Test
    void exportsTheDateRangeOnlyAndOrdersWithoutLinesAsOneRow() throws Exception {
        long id = customer("Rango " + marker);
        order(id, "R1-" + marker, LocalDate.of(2024, 5, 1), new Line("CAF-" + marker, "1", "3.00"));
        order(id, "R2-" + marker, LocalDate.of(2024, 6, 1));
        jdbc.sql("UPDATE sales_order SET total_amount = 42.00 WHERE order_number = :n")
                .param("n", "R2-" + marker)
                .update();
        order(id, "R3-" + marker, LocalDate.of(2024, 7, 1), new Line("CAF-" + marker, "1", "3.00"));

        String text = mvc.perform(get("/orders/export.csv")
                        .param("customerId", String.valueOf(id))
                        .param("from", "2024-06-01")
                        .param("to", "2024-06-30")
                        .with(VIEWER_PAGE))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text)
                .contains(numberOf(id) + ",R2-" + marker + ",2024-06-01,,,,42.00,tienda,,,EUR,")
                .doesNotContain("R1-" + marker, "R3-" + marker);
    }

    @Test
    void theListCountsSortsByAColumnAndItsExportHoldsTheSameOrdersInTheSameOrder() throws Exception {
        long id = regularCustomer();
        String html = mvc.perform(get("/orders")
                        .param("customerId", String.valueOf(id))
                        .param("sort", "total")
                        .param("dir", "desc")
                        .with(VIEWER_PAGE)
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("3 pedidos")
                .contains("aria-sort=\"descending\"")
                .contains("/orders/export.csv?customerId=" + id + "&amp;sort=total&amp;dir=desc");
        List<String> shown = java.util.regex.Pattern.compile(">(P\\d-" + marker + ")</a>")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(shown).containsExactly("P3-" + marker, "P1-" + marker, "P2-" + marker);

        String text = mvc.perform(get("/orders/export.csv")
                        .param("customerId", String.valueOf(id))
                        .param("sort", "total")
                        .param("dir", "desc")
                        .with(VIEWER_PAGE))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> exported =
                text.lines().skip(1).map(l -> l.split(",")[1]).distinct().toList();
        assertThat(exported).isEqualTo(shown);
    }

    @Test
    void streamsExportsLongerThanOneFetchAndOneNameBatch() throws Exception {
        long first = customer("Grande uno " + marker);
        long second = customer("Grande dos " + marker);
        int lines = 1_300;
        for (long id : new long[] {first, second}) {
            long order = order(id, "G" + id + "-" + marker, LocalDate.of(2023, 1, 1));
            jdbc.sql("UPDATE sales_order SET line_count = :n, total_amount = :n WHERE id = :id")
                    .param("n", lines)
                    .param("id", order)
                    .update();
            List<Object[]> rows = new java.util.ArrayList<>();
            for (int n = 1; n <= lines; n++) {
                rows.add(new Object[] {order, n, new BigDecimal("1"), new BigDecimal("1.00")});
            }
            template.batchUpdate(
                    "INSERT INTO order_line (order_id, line_number, quantity, amount) VALUES (?, ?, ?, ?)", rows);
        }

        String text = mvc.perform(get("/orders/export.csv")
                        .param("from", "2023-01-01")
                        .param("to", "2023-01-01")
                        .with(VIEWER_PAGE))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<String> rows = text.lines().skip(1).filter(l -> l.contains(marker)).toList();
        assertThat(rows).hasSize(2 * lines);
        String firstNumber = numberOf(first) + ",";
        String secondNumber = numberOf(second) + ",";
        assertThat(rows.subList(0, lines)).allMatch(l -> l.startsWith(firstNumber));
        assertThat(rows.subList(lines, 2 * lines)).allMatch(l -> l.startsWith(secondNumber));
    }
}
