package org.clientela.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * CSV imports through the API, against the real database (H2 and PostgreSQL twins): counts,
 * idempotence, Spanish spreadsheets, and files with bad rows that must write nothing.
 */
abstract class ImportApiTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");
    static final MediaType CSV = MediaType.valueOf("text/csv");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** Unique prefix so that tests sharing one database never collide. */
    final String p =
            "I" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

    ResultActions importCustomers(String csv) throws Exception {
        return importCustomers(csv.getBytes(StandardCharsets.UTF_8));
    }

    ResultActions importCustomers(byte[] csv) throws Exception {
        return mvc.perform(post("/api/v1/imports/customers")
                .with(ADMIN)
                .contentType(CSV)
                .content(csv)
                .header("Accept-Language", "es"));
    }

    ResultActions importOrders(String csv) throws Exception {
        return mvc.perform(post("/api/v1/imports/orders")
                .with(ADMIN)
                .contentType(CSV)
                .content(csv.getBytes(StandardCharsets.UTF_8)));
    }

    long customers() {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE customer_number LIKE :p")
                .param("p", p + "%")
                .query(Long.class)
                .single();
    }

    long orders() {
        return jdbc.sql("SELECT COUNT(*) FROM sales_order WHERE order_number LIKE :p")
                .param("p", p + "%")
                .query(Long.class)
                .single();
    }

    String customersFile() {
        return """
                customer_number,name,kind,email,phone,city,tags
                %1$s-1,Panadería Núñez,COMPANY,pedidos@nunez.es,+34 922 111 222,La Laguna,mayorista|vip
                %1$s-2,María José Pérez,PERSON,mjose@example.es,611 22 33 44,Santa Cruz,
                %1$s-3,"Bar ""El Puerto"", S.L.",company,,922-33-44-55,Puerto de la Cruz,
                """.formatted(p);
    }

    @Test
    void importsCustomersAndAReimportChangesNothing() throws Exception {
        importCustomers(customersFile())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(0));
        assertThat(customers()).isEqualTo(3);

        importCustomers(customersFile())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(3));

        importCustomers(customersFile().replace("María José Pérez", "María José Pérez Díaz"))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(2));
        assertThat(customers()).isEqualTo(3);

        String name = jdbc.sql("SELECT name FROM customer WHERE customer_number = :n")
                .param("n", p + "-3")
                .query(String.class)
                .single();
        assertThat(name).isEqualTo("Bar \"El Puerto\", S.L.");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/customers")
                        .param("q", "33-44-55")
                        .with(ADMIN))
                .andExpect(jsonPath("$.items[?(@.customerNumber == '" + p + "-3')]")
                        .exists());
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadRow() throws Exception {
        String csv = """
                customer_number,name,kind,email,phone
                %1$s-1,Buena,PERSON,buena@example.es,922000001
                %1$s-2,,PERSON,,922000002
                %1$s-3,Mala,ALIEN,no-es-email,922000003
                %1$s-1,Repetida,PERSON,,922000004
                """.formatted(p);
        importCustomers(csv)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.line == 3 && @.column == 'name')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'kind')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'email')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 5 && @.column == 'customer_number')]")
                        .exists())
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        assertThat(customers()).isZero();
    }

    @Test
    void tenThousandGoodRowsAndOneBadRowImportNothing() throws Exception {
        StringBuilder csv = new StringBuilder("customer_number,name,kind,email,phone\n");
        for (int i = 1; i <= 10_000; i++) {
            csv.append(p).append('-').append(i).append(",Cliente ").append(i).append(",PERSON,,\n");
            if (i == 7_777) {
                csv.append(p).append("-bad,Sin tipo,,,\n");
            }
        }
        importCustomers(csv.toString())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].line").value(7_779))
                .andExpect(jsonPath("$.errors[0].column").value("kind"));
        assertThat(customers()).isZero();

        importCustomers(csv.toString().replace(p + "-bad,Sin tipo,,,", p + "-bad,Con tipo,PERSON,,"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(10_001));
        assertThat(customers()).isEqualTo(10_001);
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws Exception {
        byte[] latin1 = ("customer_number,name,kind,email,phone\n" + p + "-1,Peña,PERSON,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        importCustomers(latin1)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("UTF-8")));
        assertThat(customers()).isZero();
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() throws Exception {
        importCustomers("numero;nombre\n1;Ana\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(
                        jsonPath("$.errors[?(@.column == 'customer_number')]").exists());
        importCustomers("").andExpect(status().isUnprocessableContent());
    }

    @Test
    void importsSpanishExcelOrdersWithSemicolonsBomAndDecimalCommas() throws Exception {
        importCustomers(customersFile()).andExpect(status().isOk());
        String csv = "\uFEFFcustomer_number;order_number;order_date;sku;category;quantity;amount\n"
                + p + "-1;" + p + "-A;2026-01-15;CAF-1;Café;2;12,50\n"
                + p + "-1;" + p + "-A;2026-01-15;TE-1;Té;1;3,25\n"
                + p + "-2;" + p + "-B;2026-02-01;;;;1.234,56\n";
        mvc.perform(post("/api/v1/imports/orders")
                        .with(ADMIN)
                        .contentType(CSV)
                        .content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.created").value(2));
        BigDecimal totalA = jdbc.sql("SELECT total_amount FROM sales_order WHERE order_number = :n")
                .param("n", p + "-A")
                .query(BigDecimal.class)
                .single();
        assertThat(totalA).isEqualByComparingTo("15.75");
        BigDecimal totalB = jdbc.sql("SELECT total_amount FROM sales_order WHERE order_number = :n")
                .param("n", p + "-B")
                .query(BigDecimal.class)
                .single();
        assertThat(totalB).isEqualByComparingTo("1234.56");
        long lines = jdbc.sql("""
                SELECT COUNT(*) FROM order_line l JOIN sales_order o ON o.id = l.order_id
                 WHERE o.order_number LIKE :p""").param("p", p + "%").query(Long.class).single();
        assertThat(lines).isEqualTo(3);

        importOrders(csv.replace(';', ',')
                        .replace("12,50", "12.50")
                        .replace("3,25", "3.25")
                        .replace("1.234,56", "1234.56"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));

        importOrders(csv.replace(';', ',')
                        .replace("12,50", "12.60")
                        .replace("3,25", "3.25")
                        .replace("1.234,56", "1234.56"))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(1));
        assertThat(orders()).isEqualTo(2);
    }

    /**
     * The order import writes the first chunks of a file while it still reads the rest, and puts
     * each chunk's rows together while it writes the one before: a bad row far into the file (here
     * in the third chunk of five thousand orders, and an unknown customer in the last) must still
     * leave nothing written, and every bad row reported; a good file lands whole, every line with
     * its own order, and a changed order in a later chunk is rewritten alone.
     */
    @Test
    void aBadRowAfterTheFirstChunksOfOrdersWritesNothing() throws Exception {
        importCustomers(customersFile()).andExpect(status().isOk());
        StringBuilder csv = new StringBuilder("customer_number,order_number,order_date,sku,category,quantity,amount\n");
        int orders = 12_000;
        for (int i = 1; i <= orders; i++) {
            String customer = p + "-" + (1 + i % 3);
            csv.append(customer)
                    .append(',')
                    .append(p)
                    .append("-O")
                    .append(i)
                    .append(",2026-01-15,S1,Café,1,")
                    .append(i)
                    .append(".00\n");
            csv.append(customer).append(',').append(p).append("-O").append(i).append(",2026-01-15,S2,Té,2,4.50\n");
        }
        String good = csv.toString();
        String bad = good.replace(p + "-O10500,2026-01-15,S2,Té,2,4.50", p + "-O10500,2026-01-15,S2,Té,2,abc") + p
                + "-NOPE," + p + "-LAST,2026-01-16,S1,Café,1,10.00\n";
        importOrders(bad)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].line").value(21_001))
                .andExpect(jsonPath("$.errors[0].column").value("amount"))
                .andExpect(jsonPath("$.errors[1].line").value(2 * orders + 2))
                .andExpect(jsonPath("$.errors[1].column").value("customer_number"));
        assertThat(orders()).isZero();

        importOrders(good)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2 * orders))
                .andExpect(jsonPath("$.created").value(orders));
        assertThat(orders()).isEqualTo(orders);
        importOrders(good)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(orders));
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM order_line l JOIN sales_order o ON o.id = l.order_id
                 WHERE o.order_number LIKE :p""").param("p", p + "%").query(Long.class).single()).isEqualTo(2L * orders);
        // Every order's lines are its own: each order's first line has a different amount.
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM sales_order o
                 WHERE o.order_number LIKE :p
                   AND o.total_amount <> (SELECT SUM(l.amount) FROM order_line l WHERE l.order_id = o.id)""").param("p", p + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT total_amount FROM sales_order WHERE order_number = :n")
                        .param("n", p + "-O1234")
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("1238.50");

        importOrders(good.replace(p + "-O11000,2026-01-15,S2,Té,2,4.50", p + "-O11000,2026-01-15,S2,Té,2,5.50"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(orders - 1));
        assertThat(jdbc.sql("""
                SELECT o.total_amount + 1000 * (SELECT COUNT(*) FROM order_line l WHERE l.order_id = o.id)
                  FROM sales_order o WHERE o.order_number = :n""")
                        .param("n", p + "-O11000")
                        .query(BigDecimal.class)
                        .single())
                .as("11,000.00 + 5.50, in two lines")
                .isEqualByComparingTo("13005.50");
    }

    @Test
    void ordersWithUnknownCustomersOrScatteredLinesImportNothing() throws Exception {
        importCustomers(customersFile()).andExpect(status().isOk());
        String csv = """
                customer_number,order_number,order_date,sku,category,quantity,amount
                %1$s-1,%1$s-A,2026-01-15,S1,Café,1,10.00
                %1$s-NOPE,%1$s-B,2026-01-16,S1,Café,1,10.00
                %1$s-1,%1$s-C,15/01/2026,S1,Café,1,10.00
                %1$s-1,%1$s-A,2026-01-15,S2,Té,1,abc
                %1$s-2,%1$s-D,2026-01-17,S2,Té,-1,1.999
                """.formatted(p);
        importOrders(csv)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.line == 3 && @.column == 'customer_number')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'order_date')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 5 && @.column == 'amount')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 6 && @.column == 'quantity')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 6 && @.column == 'amount')]")
                        .exists());
        assertThat(orders()).isZero();

        importOrders("""
                customer_number,order_number,order_date,sku,category,quantity,amount
                %1$s-1,%1$s-A,2026-01-15,S1,Café,1,10.00
                %1$s-1,%1$s-B,2026-01-16,S1,Café,1,10.00
                %1$s-1,%1$s-A,2026-01-15,S2,Té,1,5.00
                """.formatted(p))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("order_number"));
        assertThat(orders()).isZero();
    }

    /**
     * D3: an order number already stored for one customer, in a file under another, is a bad row
     * that names the customer who holds it (by number), and the whole file writes nothing: the
     * order never changes hands, and the file's good new order is not written either.
     */
    @Test
    void anOrderNumberAnotherCustomerHoldsIsABadRowAndNothingIsWritten() throws Exception {
        importCustomers(customersFile()).andExpect(status().isOk());
        importOrders("""
                customer_number,order_number,order_date,sku,category,quantity,amount
                %1$s-1,%1$s-A,2026-01-15,S1,Café,1,10.00
                """.formatted(p)).andExpect(status().isOk());
        long holder = jdbc.sql("SELECT customer_id FROM sales_order WHERE order_number = :n")
                .param("n", p + "-A")
                .query(Long.class)
                .single();

        importOrders("""
                customer_number,order_number,order_date,sku,category,quantity,amount
                %1$s-2,%1$s-A,2026-01-15,S1,Café,1,10.00
                """.formatted(p))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("order_number"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(p + "-1")));
        mvc.perform(post("/api/v1/imports/orders")
                        .with(ADMIN)
                        .contentType(CSV)
                        .header("Accept-Language", "es")
                        .content(("""
                                customer_number,order_number,order_date,sku,category,quantity,amount
                                %1$s-2,%1$s-B,2026-01-16,S1,Café,1,10.00
                                %1$s-3,%1$s-A,2026-01-15,S1,Café,1,12.00
                                """.formatted(p)).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("order_number"))
                .andExpect(
                        jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("«" + p + "-1»")));
        assertThat(jdbc.sql("SELECT customer_id FROM sales_order WHERE order_number = :n")
                        .param("n", p + "-A")
                        .query(Long.class)
                        .single())
                .isEqualTo(holder);
        assertThat(orders()).isEqualTo(1);

        importOrders("""
                customer_number,order_number,order_date,sku,category,quantity,amount
                %1$s-1,%1$s-A,2026-01-15,S1,Café,1,11.00
                """.formatted(p))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1));
    }

    /**
     * Every column bounded before the database sees it: a control character, a value longer than
     * its column, an order date before 1900 or after tomorrow, a negative amount (returns are not
     * imported) are row errors, and the file writes nothing.
     */
    @Test
    void controlCharactersOversizeValuesDatesOutOfRangeAndNegativeAmountsImportNothing() throws Exception {
        importCustomers(customersFile()).andExpect(status().isOk());
        java.time.LocalDate tomorrow =
                java.time.LocalDate.now(java.time.ZoneId.of("Atlantic/Canary")).plusDays(1);
        importOrders("""
                customer_number,order_number,order_date,sku,category,quantity,amount,description
                %1$s-1,%1$s-A,2026-01-15,S1,Café,1,10.00,Caf\u0000é
                %1$s-1,%1$s-B,2026-01-15,%2$s,Café,1,10.00,
                %1$s-1,%1$s-C,9999-12-31,S1,Café,1,10.00,
                %1$s-1,%1$s-D,0001-01-01,S1,Café,1,10.00,
                %1$s-1,%1$s-E,2026-01-15,S1,Café,1,-10.00,
                %1$s-1,%1$s-F,%3$s,S1,Café,1,10.00,
                %1$s-1,%1$s-G,%4$s,S1,Café,1,10.00,
                %1$s-1,%1$s-H,1900-01-01,S1\u0007,Café,1,10.00,
                """.formatted(p, "S".repeat(65), tomorrow.plusDays(1), tomorrow))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.line == 2 && @.column == 'description')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 3 && @.column == 'sku')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'order_date')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 5 && @.column == 'order_date')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 6 && @.column == 'amount')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 7 && @.column == 'order_date')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 9 && @.column == 'sku')]")
                        .exists())
                .andExpect(jsonPath("$.errors", hasSize(7)));
        assertThat(orders()).isZero();

        importCustomers("customer_number,name,kind,email,phone,tags\n" + p + "-9,Nul\u0000o,PERSON,,,\n" + p
                        + "-10,Bien,PERSON,,,vip\u0001\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.line == 2 && @.column == 'name')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 3 && @.column == 'tags')]")
                        .exists())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("NUL")));
        assertThat(customers()).isEqualTo(3);
    }

    @Test
    void aDeliveryDateThatIsNoDateOrBeforeTheOrderOrDiffersWithinAnOrderImportsNothing() throws Exception {
        importCustomers(customersFile()).andExpect(status().isOk());
        importOrders("""
                customer_number,order_number,order_date,sku,category,quantity,amount,delivered_date
                %1$s-1,%1$s-A,2026-01-15,S1,Café,1,10.00,2026-01-14
                %1$s-1,%1$s-B,2026-01-16,S1,Café,1,10.00,mañana
                %1$s-1,%1$s-C,2026-01-16,S1,Café,1,10.00,2026-01-17
                %1$s-1,%1$s-C,2026-01-16,S2,Té,1,5.00,2026-01-18
                %1$s-1,%1$s-D,2026-01-16,S2,Té,1,5.00,
                """.formatted(p))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.line == 2 && @.column == 'delivered_date')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 3 && @.column == 'delivered_date')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 5 && @.column == 'delivered_date')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.line == 6)]").doesNotExist());
        assertThat(orders()).isZero();
    }

    @Test
    void anExportImportsBackWithoutChanges() throws Exception {
        importCustomers(customersFile()).andExpect(status().isOk());
        importOrders("""
                customer_number,order_number,order_date,sku,category,quantity,amount
                %1$s-1,%1$s-A,2026-01-15,CAF-1,Café,2,12.50
                %1$s-1,%1$s-A,2026-01-15,TE-1,Té,1,3.25
                %1$s-1,%1$s-B,2026-02-01,,,,99.90
                """.formatted(p)
                        .replace(
                                "customer_number,order_number,order_date,sku,category,quantity,amount\n",
                                "customer_number,order_number,order_date,sku,category,quantity,amount,channel,point_of_sale,description,delivered_date\n")
                        .replace("12.50\n", "12.50,TIENDA,La Laguna,Café molido 250 g,2026-01-18\n")
                        .replace("3.25\n", "3.25,TIENDA,La Laguna,,2026-01-18\n")
                        .replace("99.90\n", "99.90,WEB,,,\n"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT delivered_on FROM sales_order WHERE order_number = :n")
                        .param("n", p + "-A")
                        .query(java.time.LocalDate.class)
                        .single())
                .isEqualTo(java.time.LocalDate.of(2026, 1, 18));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sales_order WHERE order_number = :n AND delivered_on IS NULL")
                        .param("n", p + "-B")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        "admin")
                .roles("ADMIN");
        byte[] customers = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/customers/export.csv")
                                .param("q", p)
                                .with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        importCustomers(customers)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.unchanged").value(3));
        long customerId = jdbc.sql("SELECT id FROM customer WHERE customer_number = :n")
                .param("n", p + "-1")
                .query(Long.class)
                .single();
        byte[] orders = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/orders/export.csv")
                                .param("customerId", String.valueOf(customerId))
                                .with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        mvc.perform(post("/api/v1/imports/orders").with(ADMIN).contentType(CSV).content(orders))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));
    }

    @Test
    void onlyManagersAndAdminsImport() throws Exception {
        mvc.perform(post("/api/v1/users")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"v" + p
                                + "\",\"password\":\"viewer-password\",\"roles\":[\"VIEWER\"]}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/imports/customers")
                        .with(httpBasic("v" + p, "viewer-password"))
                        .contentType(CSV)
                        .content(customersFile()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/imports/customers").contentType(CSV).content(customersFile()))
                .andExpect(status().isUnauthorized());
        assertThat(customers()).isZero();
    }
}
