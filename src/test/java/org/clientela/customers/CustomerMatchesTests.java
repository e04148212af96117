package org.clientela.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clientela.customers.CustomerMatches.Keys;
import org.clientela.customers.CustomerMatches.Match;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The customers a list of other records may be ({@link CustomerMatches#firstMatches}), all asked at
 * once as an import does, on both databases.
 */
abstract class CustomerMatchesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CustomerMatches matches;

    final String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final long base = 100_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 600_000_000L);

    long create(String name, String taxId, String email, String phone) throws Exception {
        String body = mvc.perform(post("/api/v1/customers")
                        .with(httpBasic("admin", "admin-test-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"%s %s\",\"kind\":\"COMPANY\"%s%s%s}"
                                .formatted(
                                        name,
                                        marker,
                                        taxId == null ? "" : ",\"taxId\":\"" + taxId + "\"",
                                        email == null ? "" : ",\"email\":\"" + email + "\"",
                                        phone == null ? "" : ",\"phone\":\"" + phone + "\"")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** A phone of nine digits of this test's own, {@code n} apart. */
    String phone(int n) {
        return String.valueOf(600_000_000L + (base + n) % 300_000_000L);
    }

    /** A tax id of this test's own. */
    String tax(int n) {
        return "B" + String.valueOf(10_000_000L + (base + n) % 89_999_999L);
    }

    static Long id(Match match) {
        return match == null ? null : match.id().value();
    }

    @Test
    void answersEachRecordItsOldestCustomerByAnyKeyHoweverWritten() throws Exception {
        long byTax = create("Por NIF", tax(1), null, null);
        long byEmail = create("Por correo", null, "Compras." + marker + "@Example.es", null);
        long byPhone = create("Por teléfono", null, null, phone(3));
        long older = create("Mayor", tax(4), null, null);
        long younger = create("Menor", tax(5), "ventas." + marker + "@example.es", phone(4));

        List<Match> found = matches.firstMatches(List.of(
                new Keys("es-" + tax(1).toLowerCase().replace("b", "b.").replace("0", "0-"), null, null),
                new Keys(null, "compras." + marker.toUpperCase() + "@EXAMPLE.ES ", null),
                new Keys(null, null, "+34 " + phone(3).substring(0, 3) + " " + phone(3).substring(3)),
                new Keys(tax(5), "ventas." + marker + "@example.es", phone(4)),
                new Keys(tax(4), "nadie." + marker + "@example.es", phone(4)),
                new Keys(null, null, null),
                new Keys("X" + marker, "otro." + marker + "@example.es", "12345"),
                new Keys(null, "compras." + marker + "@example.es", null)));

        assertThat(found)
                .extracting(CustomerMatchesTests::id)
                .containsExactly(byTax, byEmail, byPhone, younger, older, null, null, byEmail);
        assertThat(found.get(0).name()).isEqualTo("Por NIF " + marker);
        assertThat(found.get(0).customerNumber()).isNotBlank();
        assertThat(older).isLessThan(younger);
    }

    @Test
    void answersAListOfThousandsInTheOrderAsked() throws Exception {
        long first = create("Primero", tax(10), null, phone(10));
        long second = create("Segundo", null, "segundo." + marker + "@example.es", null);
        List<Keys> records = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            records.add(new Keys(null, "lista" + i + "." + marker + "@example.es", phone(20 + i)));
        }
        records.set(3, new Keys(tax(10), null, null));
        records.set(1_200, new Keys(null, "SEGUNDO." + marker + "@example.es", null));
        records.set(2_499, new Keys(null, null, "0034" + phone(10)));

        List<Match> found = matches.firstMatches(records);

        assertThat(found).hasSize(2_500);
        for (int i = 0; i < found.size(); i++) {
            Long expected = i == 3 || i == 2_499 ? Long.valueOf(first) : i == 1_200 ? Long.valueOf(second) : null;
            assertThat(id(found.get(i))).as("record %d", i).isEqualTo(expected);
        }
        for (int i : new int[] {3, 1_200, 2_499}) {
            Keys alone = records.get(i);
            assertThat(id(found.get(i)))
                    .as("record %d as asked alone", i)
                    .isEqualTo(id(matches.matching(alone.taxId(), alone.email(), alone.phone())
                            .get(0)));
        }
        assertThat(matches.firstMatches(List.of())).isEmpty();
    }
}
