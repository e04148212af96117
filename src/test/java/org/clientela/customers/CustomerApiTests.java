package org.clientela.customers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The customer API as a client uses it, against the real database (H2 and PostgreSQL twins).
 */
abstract class CustomerApiTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");

    @Autowired
    MockMvc mvc;

    /** A unique marker so tests sharing a database never see each other's customers. */
    final String marker = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    long create(String json) throws Exception {
        String body = mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/customers/")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void createsAndReadsACustomer() throws Exception {
        long id = create("""
                {"name":"José Pérez %s","kind":"PERSON","customerNumber":"N-%s","email":"jose@example.es",
                 "phone":"+34 922 123 456","tags":["vip"]}""".formatted(marker, marker));

        mvc.perform(get("/api/v1/customers/" + id).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("José Pérez " + marker))
                .andExpect(jsonPath("$.kind").value("PERSON"))
                .andExpect(jsonPath("$.customerNumber").value("N-" + marker))
                .andExpect(jsonPath("$.status").value("PROSPECT"))
                .andExpect(jsonPath("$.tags[0]").value("vip"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void givesANumberWhenNoneIsSent() throws Exception {
        long id = create("{\"name\":\"Sin número " + marker + "\",\"kind\":\"COMPANY\"}");
        mvc.perform(get("/api/v1/customers/" + id).with(ADMIN))
                .andExpect(jsonPath("$.customerNumber").isNotEmpty());
    }

    @Test
    void findsByAnyWayOfWritingThePhone() throws Exception {
        String digits = String.valueOf(600_000_000L + Math.abs(marker.hashCode() % 99_999_999L));
        String spaced = "+34 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
        long id = create("{\"name\":\"Teléfono " + marker + "\",\"kind\":\"PERSON\",\"phone\":\"" + spaced + "\"}");
        String dashed = digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5, 7) + "-"
                + digits.substring(7);

        for (String query : new String[] {spaced, digits, dashed, "0034" + digits, digits.substring(3, 8)}) {
            mvc.perform(get("/api/v1/customers").param("q", query).with(ADMIN))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").exists());
        }
    }

    @Test
    void findsByAPieceOfThePhoneWithTheCountryCode() throws Exception {
        String last = String.valueOf(100 + Math.abs(marker.hashCode() % 900));
        long stored =
                create("{\"name\":\"Trozos " + marker + "\",\"kind\":\"PERSON\",\"phone\":\"619 547 " + last + "\"}");
        long storedWithCode = create("{\"name\":\"Trozos prefijo " + marker
                + "\",\"kind\":\"PERSON\",\"phone\":\"(+34) 619-547-" + last + "\"}");
        for (String query : new String[] {"+34 619 547", "+34619", "0034 619", "619-547", "(619) 547"}) {
            for (long id : new long[] {stored, storedWithCode}) {
                mvc.perform(get("/api/v1/customers")
                                .param("q", query)
                                .param("size", "200")
                                .with(ADMIN))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").exists());
            }
        }
    }

    @Test
    void findsNamesWithoutAccentsOrCase() throws Exception {
        long id = create("{\"name\":\"Joséfina Ñúñez " + marker + "\",\"kind\":\"PERSON\"}");
        for (String query : new String[] {"josefina " + marker, "JOSÉ " + marker, "nunez " + marker, marker}) {
            mvc.perform(get("/api/v1/customers").param("q", query).with(ADMIN))
                    .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").exists());
        }
        mvc.perform(get("/api/v1/customers").param("q", "josefina zzz" + marker).with(ADMIN))
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void findsByExactCustomerNumberAndByEmail() throws Exception {
        long id = create("{\"name\":\"Número " + marker + "\",\"kind\":\"COMPANY\",\"customerNumber\":\"X" + marker
                + "\",\"email\":\"rosa." + marker + "@example.es\"}");
        mvc.perform(get("/api/v1/customers")
                        .param("customerNumber", "X" + marker)
                        .with(ADMIN))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(id));
        // The whole address, as pasted from an e-mail: its top-level domain is in no customer's words.
        mvc.perform(get("/api/v1/customers")
                        .param("q", "rosa." + marker + "@example.es")
                        .with(ADMIN))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void searchTreatsSqlAndWildcardsAsText() throws Exception {
        long id = create("{\"name\":\"O'Brien " + marker + "\",\"kind\":\"PERSON\"}");
        for (String query : new String[] {"%", "_", "\\", "'", "%'--"}) {
            mvc.perform(get("/api/v1/customers").param("q", query).with(ADMIN))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items", hasSize(0)));
        }
        mvc.perform(get("/api/v1/customers").param("q", "' OR '1'='1 " + marker).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get("/api/v1/customers")
                        .param("q", "'; DROP TABLE customer; -- " + marker)
                        .with(ADMIN))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers").param("q", "o'brien " + marker).with(ADMIN))
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void refusesATakenCustomerNumber() throws Exception {
        create("{\"name\":\"Uno\",\"kind\":\"PERSON\",\"customerNumber\":\"D" + marker + "\"}");
        mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Dos\",\"kind\":\"PERSON\",\"customerNumber\":\"D" + marker + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("customerNumber"));
    }

    @Test
    void keepsMarkupAsPlainText() throws Exception {
        String evil = "<script>alert('x')</script>";
        long id = create("{\"name\":\"" + evil.replace("'", "\\u0027") + marker
                + "\",\"kind\":\"PERSON\",\"notes\":\"<img src=x onerror=alert(1)>\"}");
        mvc.perform(get("/api/v1/customers/" + id).with(ADMIN))
                .andExpect(jsonPath("$.name").value(evil + marker));
        mvc.perform(
                        get("/customers/" + id)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("admin")
                                        .roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert")))
                .andExpect(content().string(not(containsString("<img src=x"))));
    }

    @Test
    void showsMarkupInEveryTextFieldAsText() throws Exception {
        String[] fields = {"name", "taxId", "address", "city", "postalCode", "notes"};
        StringBuilder json = new StringBuilder("{\"kind\":\"COMPANY\",\"customerNumber\":\"H" + marker + "\"");
        for (int i = 0; i < fields.length; i++) {
            json.append(",\"")
                    .append(fields[i])
                    .append("\":\"<b>x")
                    .append(i)
                    .append("</b><script>alert(")
                    .append(i)
                    .append(")</script>\"");
        }
        json.append(",\"tags\":[\"<i>t</i>\"],\"contacts\":[{\"name\":\"<u>c</u>\",\"jobTitle\":\"<s>j</s>\"}]}");
        long id = create(json.toString()
                .replace("\"postalCode\":\"<b>x4</b><script>alert(4)</script>\"", "\"postalCode\":\"<b>4</b>\""));

        String page = mvc.perform(
                        get("/customers/" + id)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("admin")
                                        .roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < fields.length; i++) {
            if (i != 4) {
                org.assertj.core.api.Assertions.assertThat(page)
                        .doesNotContain("<script>alert(" + i + ")")
                        .contains("&lt;script&gt;alert(" + i + ")&lt;/script&gt;");
            }
        }
        org.assertj.core.api.Assertions.assertThat(page)
                .doesNotContain("<b>", "<i>t</i>", "<u>c</u>", "<s>j</s>")
                .contains(
                        "&lt;b&gt;4&lt;/b&gt;", "&lt;i&gt;t&lt;/i&gt;", "&lt;u&gt;c&lt;/u&gt;", "&lt;s&gt;j&lt;/s&gt;");
    }

    @Test
    void refusesAChangeToAStaleVersion() throws Exception {
        long id = create("{\"name\":\"Versión " + marker + "\",\"kind\":\"COMPANY\"}");
        String change = "{\"version\":%d,\"customer\":{\"name\":\"%s\",\"kind\":\"COMPANY\"}}";
        mvc.perform(put("/api/v1/customers/" + id)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted(0, "Primera")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/customers/" + id)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted(0, "Segunda")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
        mvc.perform(get("/api/v1/customers/" + id).with(ADMIN))
                .andExpect(jsonPath("$.name").value("Primera"));
    }

    @Test
    void unknownCustomerIsAProblem404() throws Exception {
        mvc.perform(get("/api/v1/customers/987654321").with(ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/customers/abc").with(ADMIN)).andExpect(status().isBadRequest());
    }

    @Autowired
    org.clientela.platform.UserDirectory users;

    String number(long id) throws Exception {
        return JsonPath.read(
                mvc.perform(get("/api/v1/customers/" + id).with(ADMIN))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.customerNumber");
    }

    @Test
    void anOwnerMustBeAnActiveUser() throws Exception {
        mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Sin dueño " + marker + "\",\"kind\":\"PERSON\",\"owner\":\"pepito"
                                + marker + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
        users.ensure("o" + marker, "Olga", org.clientela.platform.Role.SALES);
        long id = create("{\"name\":\"Con dueña " + marker + "\",\"kind\":\"PERSON\",\"owner\":\"o" + marker + "\"}");
        mvc.perform(patch("/api/v1/customers/" + id)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"owner\":\"nadie" + marker + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
    }

    @Test
    void namesTheCustomersThatMayBeTheSameOne() throws Exception {
        String digits = String.valueOf(700_000_000L + Math.abs(marker.hashCode() % 99_999_999L));
        String tax = "B" + digits.substring(1);
        long first = create("""
                {"name":"Primero %s","kind":"COMPANY","taxId":"%s","email":"Compras.%s@Example.es","phone":"%s"}""".formatted(marker, tax, marker, digits));
        String firstNumber = number(first);

        mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Otro " + marker + "\",\"kind\":\"COMPANY\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.possibleDuplicates", hasSize(0)));
        mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Por correo " + marker + "\",\"kind\":\"PERSON\",\"email\":\"compras."
                                + marker + "@example.ES\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.possibleDuplicates", hasSize(1)))
                .andExpect(jsonPath("$.possibleDuplicates[0].id").value(first))
                .andExpect(jsonPath("$.possibleDuplicates[0].customerNumber").value(firstNumber))
                .andExpect(jsonPath("$.possibleDuplicates[0].name").value("Primero " + marker))
                .andExpect(jsonPath("$.possibleDuplicates[0].matchedOn[0]").value("EMAIL"));
        String written = "(+34) " + digits.substring(0, 3) + "-" + digits.substring(3, 6) + " " + digits.substring(6);
        mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Por teléfono " + marker + "\",\"kind\":\"PERSON\",\"phone\":\"0034 "
                                + digits + "\"}"))
                .andExpect(jsonPath("$.possibleDuplicates[0].id").value(first))
                .andExpect(jsonPath("$.possibleDuplicates[0].matchedOn[0]").value("PHONE"));
        long byTax = create("{\"name\":\"Por NIF " + marker + "\",\"kind\":\"COMPANY\",\"phone\":\"" + written + "\"}");
        // A change answers too: PUT with the tax id written otherwise, PATCH likewise.
        mvc.perform(put("/api/v1/customers/" + byTax)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"customer\":{\"name\":\"Por NIF " + marker
                                + "\",\"kind\":\"COMPANY\",\"taxId\":\"es-" + tax.toLowerCase() + "\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.possibleDuplicates[0].id").value(first))
                .andExpect(jsonPath("$.possibleDuplicates[0].matchedOn[0]").value("TAX_ID"));
        mvc.perform(patch("/api/v1/customers/" + byTax)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"phone\":\"" + written + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taxId").value("es-" + tax.toLowerCase()))
                .andExpect(jsonPath(
                        "$.possibleDuplicates[?(@.id == " + first + ")].matchedOn[*]",
                        org.hamcrest.Matchers.containsInAnyOrder("TAX_ID", "PHONE")));
        // Reading a customer does not look for duplicates.
        mvc.perform(get("/api/v1/customers/" + first).with(ADMIN))
                .andExpect(jsonPath("$.possibleDuplicates").doesNotExist());
    }

    @Test
    void newNumbersFollowTheBusinessFormatFromTheSequence() throws Exception {
        String n1 = number(create("{\"name\":\"Numerado " + marker + "\",\"kind\":\"PERSON\"}"));
        org.assertj.core.api.Assertions.assertThat(n1).matches("C\\d{7}");
        long value = Long.parseLong(n1.substring(1));
        // Imported customers took the next numbers: the sequence moves past them.
        for (long taken = value + 1; taken <= value + 3; taken++) {
            create("{\"name\":\"Importado " + marker + "\",\"kind\":\"PERSON\",\"customerNumber\":\""
                    + String.format("C%07d", taken) + "\"}");
        }
        String n2 = number(create("{\"name\":\"Siguiente " + marker + "\",\"kind\":\"PERSON\"}"));
        org.assertj.core.api.Assertions.assertThat(n2).matches("C\\d{7}");
        org.assertj.core.api.Assertions.assertThat(Long.parseLong(n2.substring(1)))
                .isGreaterThan(value + 3);
    }
}
