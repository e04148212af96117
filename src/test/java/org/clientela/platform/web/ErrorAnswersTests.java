package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.clientela.support.ServerApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error over real HTTP (only a real server forwards to {@code /error}): a problem detail for
 * the API and for clients that do not ask for HTML, the error page for a browser, never Spring's
 * default error JSON, a stack trace or SQL, and never a 500 for bad input.
 */
@ServerApplicationTest
class ErrorAnswersTests {

    static final String ADMIN =
            "Basic " + Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Accept-Language", "en").build(), BodyHandlers.ofString());
    }

    HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    static void isProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(status);
        assertThat((String) JsonPath.read(response.body(), "$.title")).isEqualTo(title);
        assertThat(response.body())
                .doesNotContain("\"timestamp\"", "trace", "Exception", "SELECT", "INSERT", "varying");
    }

    @Test
    void errorAskedForDirectlyIsNotFound() throws Exception {
        isProblem(send(to("/error")), 404, "Not found");
        isProblem(send(to("/error").header("Accept", "application/json")), 404, "Not found");

        HttpResponse<String> page = send(to("/error").header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("We could not find what you are looking for.");
        HttpResponse<String> spanish = http.send(
                to("/error")
                        .header("Accept", "text/html")
                        .header("Accept-Language", "es")
                        .build(),
                BodyHandlers.ofString());
        assertThat(spanish.body()).contains("No encontramos lo que buscas");
    }

    @Test
    void anUnknownApiPathIsAProblemNotSpringsDefaultJson() throws Exception {
        HttpResponse<String> unknown = send(to("/api/nope").header("Authorization", ADMIN));
        isProblem(unknown, 404, "Not found");
        assertThat((String) JsonPath.read(unknown.body(), "$.instance")).isEqualTo("/api/nope");
        assertThat((String) JsonPath.read(unknown.body(), "$.type"))
                .isEqualTo("https://clientela.org/problems/not-found");
        // Even a browser asking under /api gets the problem.
        isProblem(send(to("/api/nope").header("Authorization", ADMIN).header("Accept", "text/html")), 404, "Not found");
        isProblem(send(to("/api/nope")), 401, "Not signed in");
    }

    @Test
    void wrongMethodMediaTypeParameterOrBodyAre4xxProblems() throws Exception {
        HttpResponse<String> method =
                send(to("/api/v1/customers").header("Authorization", ADMIN).DELETE());
        isProblem(method, 405, "Method not allowed");
        assertThat(method.body()).contains("DELETE");

        isProblem(
                send(to("/api/v1/customers")
                        .header("Authorization", ADMIN)
                        .header("Content-Type", "text/plain")
                        .POST(BodyPublishers.ofString("name=x"))),
                415,
                "Unsupported content type");

        HttpResponse<String> missing =
                send(to("/api/test-failures/needs-a-parameter").header("Authorization", ADMIN));
        isProblem(missing, 400, "Bad request");
        assertThat((String) JsonPath.read(missing.body(), "$.errors[0].field")).isEqualTo("owner");

        HttpResponse<String> wrongType = send(to("/api/v1/customers?page=abc").header("Authorization", ADMIN));
        isProblem(wrongType, 400, "Bad request");
        assertThat((String) JsonPath.read(wrongType.body(), "$.errors[0].field"))
                .isEqualTo("page");

        isProblem(
                send(to("/api/v1/customers")
                        .header("Authorization", ADMIN)
                        .header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString("{\"name\":"))),
                400,
                "Bad request");
    }

    @Test
    void aValueTheDatabaseRefusesIs422WithoutTheSql() throws Exception {
        HttpResponse<String> api =
                send(to("/api/test-failures/refused-by-the-database").header("Authorization", ADMIN));
        isProblem(api, 422, "Value not accepted");
    }

    @Test
    void anUnexpectedExceptionIsA500ProblemWithoutItsMessage() throws Exception {
        isProblem(send(to("/api/test-failures/unexpected").header("Authorization", ADMIN)), 500, "Unexpected error");
    }
}
