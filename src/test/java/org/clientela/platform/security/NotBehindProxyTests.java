package org.clientela.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.clientela.support.ServerApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without {@code CLIENTELA_FORWARD_HEADERS} (the default) no proxy is trusted: a client that claims
 * https in X-Forwarded-Proto over plain HTTP gets neither HSTS nor a Secure cookie.
 */
@ServerApplicationTest
class NotBehindProxyTests {

    @LocalServerPort
    int port;

    @Test
    void aClaimOfHttpsIsNotBelieved() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("X-Forwarded-Proto", "https")
                                .build(),
                        BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(BehindProxyTests.sessionCookie(response)).doesNotContain("Secure");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }
}
