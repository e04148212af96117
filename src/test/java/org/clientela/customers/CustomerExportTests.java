package org.clientela.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The customer list as a CSV file, on both databases. */
abstract class CustomerExportTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");
    static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");

    @Autowired
    MockMvc mvc;

    final String marker = "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    void create(String json) throws Exception {
        mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated());
    }

    @Autowired
    org.clientela.platform.UserDirectory users;

    byte[] export(String... params) throws Exception {
        var request = get("/customers/export.csv").with(VIEWER);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    static List<CsvRecord> read(byte[] bytes) {
        return CsvReader.builder().ofCsvRecord(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).stream()
                .toList();
    }

    @Test
    void exportsTheSearchedCustomersReadyToImportAgain() throws Exception {
        users.ensure("ana", "Ana", org.clientela.platform.Role.SALES);
        create("""
                {"customerNumber":"E1-%s","name":"=HYPERLINK(\\"http://evil\\") %s","kind":"COMPANY",
                 "email":"compras@pena.es","phone":"+34 922 123 456","taxId":"B12345678",
                 "address":"Calle Mayor, 5","postalCode":"38001","city":"Santa Cruz","owner":"ana",
                 "status":"CUSTOMER","tags":["vip","mayorista"]}""".formatted(marker, marker));
        create("{\"customerNumber\":\"E2-%s\",\"name\":\"Peña «La Única» %s\",\"kind\":\"PERSON\"}"
                .formatted(marker, marker));
        create("{\"customerNumber\":\"E3-other\",\"name\":\"Otro cliente\",\"kind\":\"PERSON\"}");

        byte[] bytes = export("q", marker);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("customer_number,name,kind,email,phone,tax_id,address,postal_code,city,owner,"
                        + "status,tags\r\n");
        assertThat(text)
                .contains("E1-" + marker + ",\"'=HYPERLINK(\"\"http://evil\"\") " + marker
                        + "\",COMPANY,compras@pena.es,'+34 922 123 456,B12345678,\"Calle Mayor, 5\",38001,Santa Cruz,ana,"
                        + "CUSTOMER,mayorista|vip\r\n");
        assertThat(text).contains("E2-" + marker + ",Peña «La Única» " + marker + ",PERSON,,,,,,,,PROSPECT,\r\n");
        assertThat(text).doesNotContain("E3-other");

        List<CsvRecord> records = read(bytes);
        assertThat(records).hasSize(3);
        // The first five columns are the customer import header.
        assertThat(records.get(0).getFields().subList(0, 5))
                .containsExactly("customer_number", "name", "kind", "email", "phone");
        assertThat(records).allSatisfy(r -> assertThat(r.getFieldCount()).isEqualTo(12));
    }

    @Test
    void exportsOneLinePerCustomerWhateverTheTagsAndFiltersByStatus() throws Exception {
        create(
                "{\"customerNumber\":\"S1-%s\",\"name\":\"Estado uno %s\",\"kind\":\"PERSON\",\"status\":\"LOST\",\"tags\":[\"a\",\"b\",\"c\"]}"
                        .formatted(marker, marker));
        create("{\"customerNumber\":\"S2-%s\",\"name\":\"Estado dos %s\",\"kind\":\"PERSON\",\"status\":\"CUSTOMER\"}"
                .formatted(marker, marker));

        List<CsvRecord> lost = read(export("q", marker, "status", "LOST"));
        assertThat(lost).hasSize(2);
        assertThat(lost.get(1).getField(0)).isEqualTo("S1-" + marker);
        assertThat(lost.get(1).getField(11)).isEqualTo("a|b|c");

        List<CsvRecord> all = read(export("status", "LOST"));
        assertThat(all).extracting(r -> r.getField(0)).contains("S1-" + marker).doesNotContain("S2-" + marker);
        assertThat(all.stream().filter(r -> r.getField(0).equals("S1-" + marker)))
                .hasSize(1);

        assertThat(read(export("q", "%'"))).hasSize(1);
    }

    /** The customer numbers of the list page with these parameters, in the order shown, and its total. */
    List<String> listed(String... params) throws Exception {
        List<String> numbers = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var request = get("/customers")
                    .with(VIEWER)
                    .header("Accept-Language", "es")
                    .param("page", "" + page);
            for (int i = 0; i < params.length; i += 2) {
                request = request.param(params[i], params[i + 1]);
            }
            String html = mvc.perform(request)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            var matcher = java.util.regex.Pattern.compile("<td>(L\\d+-" + marker + ")</td>")
                    .matcher(html);
            while (matcher.find()) {
                numbers.add(matcher.group(1));
            }
            if (!html.contains("rel=\"next\"")) {
                return numbers;
            }
        }
    }

    @Test
    void exportsExactlyTheRowsTheListShowsWithItsSearchFilterAndSortOverAllPages() throws Exception {
        String[] cities = {"Adeje", "Arona", "Güímar", "La Laguna", null};
        for (int i = 0; i < 34; i++) {
            String city = cities[i % cities.length];
            create("""
                    {"customerNumber":"L%02d-%s","name":"Ferretería %s %02d","kind":"COMPANY","status":"%s"%s}""".formatted(
                            i,
                            marker,
                            marker,
                            33 - i,
                            i % 3 == 0 ? "LOST" : "CUSTOMER",
                            city == null ? "" : ",\"city\":\"" + city + "\""));
        }
        create("{\"customerNumber\":\"L99-other\",\"name\":\"Ferretería ajena\",\"kind\":\"COMPANY\"}");

        String[][] lists = {
            {"q", "ferreteria " + marker, "status", "CUSTOMER", "sort", "city", "dir", "desc"},
            {"q", marker, "status", "CUSTOMER"},
            {"q", marker, "sort", "number", "dir", "desc"},
            {"q", "Ferretería " + marker, "sort", "name"},
            {"q", marker, "status", "LOST", "sort", "status"}
        };
        for (String[] params : lists) {
            List<String> shown = listed(params);
            List<String> exported = read(export(params)).stream()
                    .skip(1)
                    .map(r -> r.getField(0))
                    .toList();
            assertThat(exported).as("export of %s", Arrays.toString(params)).isEqualTo(shown);
        }
        assertThat(listed(lists[0])).hasSize(22).startsWith("L04-" + marker, "L14-" + marker);
        assertThat(listed(lists[2])).hasSize(34).startsWith("L33-" + marker, "L32-" + marker);
        assertThat(listed(lists[4])).hasSize(12);

        String page = mvc.perform(get("/customers")
                        .with(VIEWER)
                        .header("Accept-Language", "es")
                        .param("q", marker)
                        .param("status", "CUSTOMER")
                        .param("sort", "city"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("22 clientes")
                .contains("/customers/export.csv?q=" + marker + "&amp;status=CUSTOMER&amp;sort=city&amp;dir=asc");
    }

    @Test
    void exportNeedsASignedInPerson() throws Exception {
        mvc.perform(get("/customers/export.csv")).andExpect(status().is3xxRedirection());
    }
}
