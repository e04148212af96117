package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.clientela.support.ServerApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Oversize API bodies over real HTTP, because only a real server sends a body without a length
 * (chunked) the way a client that hides its size would.
 */
@ServerApplicationTest
class BodySizeLimitTests {

    static final String ADMIN =
            "Basic " + Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Value("${clientela.api.max-json-bytes}")
    int maxBytes;

    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpResponse<String> post(String contentType, BodyPublisher body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/customers"))
                        .header("Authorization", ADMIN)
                        .header("Content-Type", contentType)
                        .header("Accept-Language", "en")
                        .POST(body)
                        .build(),
                BodyHandlers.ofString());
    }

    /** A customer whose JSON is exactly {@code size} bytes long (its name is too long to be valid). */
    static byte[] customerJson(int size) {
        String start = "{\"kind\":\"PERSON\",\"name\":\"";
        String end = "\"}";
        return (start + "x".repeat(size - start.length() - end.length()) + end).getBytes(StandardCharsets.UTF_8);
    }

    static BodyPublisher chunked(byte[] body) {
        return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    static void assertTooLarge(HttpResponse<String> response, int maxBytes) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":413", "\"title\":\"Too large\"", "\"maxBytes\":" + maxBytes);
    }

    @Test
    void refusesADeclaredLengthOverTheLimit() throws Exception {
        assertTooLarge(post("application/json", BodyPublishers.ofByteArray(customerJson(maxBytes + 1))), maxBytes);
    }

    @Test
    void countsTheBytesOfABodyWithoutALength() throws Exception {
        assertTooLarge(post("application/json", chunked(customerJson(maxBytes + 1))), maxBytes);
        assertTooLarge(post("application/json", chunked(customerJson(3 * maxBytes / 2))), maxBytes);
    }

    @Test
    void letsABodyOfExactlyTheLimitThrough() throws Exception {
        HttpResponse<String> declared = post("application/json", BodyPublishers.ofByteArray(customerJson(maxBytes)));
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(400);
        assertThat(declared.body()).contains("\"field\":\"name\"");

        HttpResponse<String> undeclared = post("application/json", chunked(customerJson(maxBytes)));
        assertThat(undeclared.statusCode()).as(undeclared.body()).isEqualTo(400);
        assertThat(undeclared.body()).contains("\"field\":\"name\"");
    }

    @Test
    void passesASmallBodyWithoutALengthOnIntact() throws Exception {
        byte[] json = "{\"kind\":\"PERSON\",\"name\":\"Troceado Núñez\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = post("application/json;charset=UTF-8", chunked(json));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"name\":\"Troceado Núñez\"");
    }

    @Test
    void leavesCsvUploadsAlone() throws Exception {
        byte[] csv = ("name\n" + "Fila\n".repeat(maxBytes / 4)).getBytes(StandardCharsets.UTF_8);
        assertThat(csv.length).isGreaterThan(maxBytes);
        HttpResponse<String> response = post("text/csv", BodyPublishers.ofByteArray(csv));
        assertThat(response.statusCode())
                .as("no CSV endpoint here, but not refused for its size")
                .isEqualTo(415);
    }
}
