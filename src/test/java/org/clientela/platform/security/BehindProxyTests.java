package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind a reverse proxy that terminates TLS ({@code CLIENTELA_FORWARD_HEADERS=native}), over real
 * HTTP because Tomcat itself reads the proxy's headers: a request the proxy says came over https
 * gets Strict-Transport-Security and a Secure session cookie; one that came over http neither.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "CLIENTELA_FORWARD_HEADERS=native")
@ActiveProfiles("test")
class BehindProxyTests {

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpResponse<String> loginPage(String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    @Test
    void httpsAtTheProxyGivesHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> response = loginPage("https");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(sessionCookie(response)).contains("; Secure", "; HttpOnly", "SameSite=Lax");
    }

    @Test
    void httpAtTheProxyGivesNeither() throws Exception {
        for (String proto : new String[] {"http", null}) {
            HttpResponse<String> response = loginPage(proto);
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .isEmpty();
            assertThat(sessionCookie(response)).doesNotContain("Secure").contains("; HttpOnly");
        }
    }
}
