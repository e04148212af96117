package org.clientela.privacy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person with a distinctive name, e-mail, phone and tax id, written through the API (so the
 * audit log and the search index hold them as the product writes them) and then into every other
 * place the product keeps a person's words: contacts, orders, cases and their notes,
 * investigations, promises, alerts, assessments, letters, calls, losses, signals, saved figures,
 * surveys, ideas, gestures, follow-ups, loyalty invitations, internal requests, the prospect they
 * were, its contacts, activities, web form, call-backs and business case.
 */
final class PersonEverywhere {

    final String name;
    final String email;
    final String phone;
    final String phoneDigits;
    final String taxId;
    final long customerId;

    private final RowWriter rows;

    PersonEverywhere(MockMvc mvc, DataSource dataSource) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String word = randomWord(random);
        name = "Zebedeo " + word + " Quiroga";
        email = "zebedeo." + word.toLowerCase() + "@ejemplo.es";
        phoneDigits = "6" + (10_000_000 + random.nextInt(89_999_999));
        phone = "+34 " + phoneDigits.substring(0, 3) + " " + phoneDigits.substring(3, 6) + " "
                + phoneDigits.substring(6);
        taxId = (10_000_000 + random.nextInt(89_999_999)) + "Z";
        rows = new RowWriter(dataSource);
        String body = mvc.perform(post("/api/v1/customers")
                        .with(user("privacy-admin").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"PERSON","name":"%s","taxId":"%s","email":"%s","phone":"%s",
                                 "address":"Calle de %s 12","city":"Santa Cruz","postalCode":"38001",
                                 "notes":"Llamar a %s al %s","tags":["vip"],
                                 "contacts":[{"name":"%s","email":"%s","phone":"%s"}]}""".formatted(name, taxId, email, phone, name, name, phone, name, email, phone)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        customerId = ((Number) JsonPath.read(body, "$.id")).longValue();
        long version = ((Number) JsonPath.read(body, "$.version")).longValue();
        mvc.perform(put("/api/v1/customers/{id}", customerId)
                        .with(user("privacy-admin").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version":%d,"customer":{"kind":"PERSON","name":"%s","taxId":"%s","email":"%s",
                                 "phone":"%s","city":"Santa Cruz","notes":"Escribe %s a %s"}}""".formatted(version, name, taxId, email, phone, taxId, email)))
                .andExpect(status().isOk());
        everywhere(word);
    }

    /** The four values, and the phone's digits, as a person would type them into a search box. */
    List<String> values() {
        return List.of(name, email, phone, phoneDigits, taxId);
    }

    private String all() {
        return "Hola " + name + " (" + email + ", " + phone + ", NIF " + taxId + ")";
    }

    private void everywhere(String word) {
        String all = all();
        long c = customerId;
        if (rows.count("contact", c) == 0) {
            rows.insert(
                    "contact", Map.of("customer_id", c, "position", 0, "name", name, "email", email, "phone", phone));
        }
        long order = 0;
        for (int month = 1; month <= 3; month++) {
            order = rows.insert(
                    "sales_order",
                    Map.of(
                            "order_number",
                            "PRIV-" + word + "-" + month,
                            "customer_id",
                            c,
                            "order_date",
                            Date.valueOf(LocalDate.of(2026, month, 10 + month)),
                            "currency",
                            "EUR",
                            "total_amount",
                            new BigDecimal("123.45").multiply(BigDecimal.valueOf(month)),
                            "line_count",
                            1));
            rows.insert("order_line", Map.of("order_id", order, "description", "Regalo para " + name));
        }
        long kase = rows.insert(
                "service_case",
                Map.of(
                        "customer_id",
                        c,
                        "reference",
                        "P-" + word,
                        "status",
                        "RESOLVED",
                        "resolution",
                        "IN_FAVOUR",
                        "subject",
                        "Queja de " + name,
                        "description",
                        all,
                        "resolution_explanation",
                        all));
        rows.insert("service_case_note", Map.of("case_id", kase, "body", all));
        rows.insert("service_concession", Map.of("case_id", kase, "note", all));
        rows.insert(
                "service_investigation",
                Map.of(
                        "case_id", kase,
                        "promised", all,
                        "expected", all,
                        "received", all,
                        "admission_note", all,
                        "root_cause_note", all,
                        "fix", all));
        long promise = rows.insert(
                "service_promise",
                Map.of("customer_id", c, "case_id", kase, "description", all, "party_name", name, "party_link", email));
        rows.insert("service_customer_alert", Map.of("customer_id", c, "body", all));
        rows.insert(
                "service_keep_assessment",
                Map.of(
                        "customer_id", c,
                        "worth_note", all,
                        "loss_note", all,
                        "cheap_note", all,
                        "dignity_note", all,
                        "reasoning", all));
        rows.insert(
                "service_letter",
                Map.of(
                        "customer_id",
                        c,
                        "case_id",
                        kase,
                        "language",
                        "es",
                        "status",
                        "DRAFT",
                        "subject",
                        "Carta a " + name,
                        "body",
                        all,
                        "sent_to",
                        email,
                        "last_send_error",
                        "Rechazado " + email));
        long signal = rows.insert("retention_signal", Map.of("customer_id", c, "message_args", "[\"" + name + "\"]"));
        rows.insert("retention_call_task", Map.of("customer_id", c, "signal_id", signal, "note", all));
        rows.insert("retention_loss", Map.of("customer_id", c, "note", all));
        rows.insert("retention_snapshot", Map.of("name", "privacy-" + word, "body", "{\"top\":[\"" + name + "\"]}"));
        rows.insert(
                "satisfaction_survey",
                Map.of(
                        "customer_id",
                        c,
                        "kind",
                        "CSAT",
                        "mode",
                        "PHONE",
                        "status",
                        "ANSWERED",
                        "score",
                        4,
                        "comment",
                        all));
        rows.insert(
                "satisfaction_idea",
                Map.of("customer_id", c, "area", "PRODUCT", "status", "RECEIVED", "body", all, "answer", all));
        rows.insert(
                "satisfaction_gesture", Map.of("customer_id", c, "kind", "APOLOGY", "description", all, "reason", all));
        rows.insert(
                "satisfaction_follow_up", Map.of("customer_id", c, "order_id", order, "status", "OPEN", "note", all));
        long program = rows.insert("satisfaction_loyalty_program", Map.of("name", "Club " + word));
        rows.insert("satisfaction_loyalty_invitation", Map.of("program_id", program, "customer_id", c, "email", email));
        long request = rows.insert(
                "satisfaction_internal_request",
                Map.of(
                        "customer_id",
                        c,
                        "from_department",
                        "ventas",
                        "to_department",
                        "almacen",
                        "status",
                        "OPEN",
                        "subject",
                        "Pedido de " + name,
                        "description",
                        all));
        rows.insert("satisfaction_internal_message", Map.of("request_id", request, "body", all));
        rows.insert(
                "privacy_request",
                Map.of(
                        "customer_id", c,
                        "kind", "ERASURE",
                        "channel", "EMAIL",
                        "status", "OPEN",
                        "requester_name", name,
                        "contact", email,
                        "details", all,
                        "outcome", all));
        long prospect = rows.insert(
                "sales_prospect",
                Map.ofEntries(
                        Map.entry("customer_id", c),
                        Map.entry("name", name),
                        Map.entry("sort_name", name.toLowerCase()),
                        Map.entry("tax_id", taxId),
                        Map.entry("tax_id_key", taxId),
                        Map.entry("phone", phone),
                        Map.entry("phone_digits", phoneDigits),
                        Map.entry("email", email),
                        Map.entry("email_key", email),
                        Map.entry("research_contact", all),
                        Map.entry("research_business", all),
                        Map.entry("research_news", all),
                        Map.entry("research_reason", all),
                        Map.entry("notes", all)));
        rows.insert(
                "sales_prospect_contact",
                Map.of("prospect_id", prospect, "name", name, "email", email, "phone", phone));
        rows.insert("sales_prospect_search_term", Map.of("prospect_id", prospect, "term", word.toLowerCase()));
        rows.insert("sales_activity", Map.of("prospect_id", prospect, "note", all));
        rows.insert("sales_call_back", Map.of("promise_id", promise, "prospect_id", prospect, "note", all));
        long text = rows.insert("sales_consent_text", Map.of("sha256", "privacy-" + word, "body", "Acepto"));
        rows.insert(
                "sales_web_lead",
                Map.of(
                        "prospect_id", prospect,
                        "consent_text_id", text,
                        "company", name,
                        "name", name,
                        "email", email,
                        "phone", phone,
                        "message", all));
        rows.insert(
                "sales_business_case",
                Map.of("prospect_id", prospect, "periods_per_year", 1, "title", "Propuesta a " + name, "notes", all));
    }

    private static String randomWord(ThreadLocalRandom random) {
        StringBuilder word = new StringBuilder("Qx");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
