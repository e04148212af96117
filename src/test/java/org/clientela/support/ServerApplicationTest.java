package org.clientela.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real server at a random port, on an in-memory H2 database, as a
 * browser or an HTTP client meets it: the {@link BrowserTest} journeys and the tests of what only a
 * real server does (error forwarding, chunked bodies, proxy headers). One configuration for all of
 * them, so that they share one application per test JVM; it includes the {@link FailingApi}, which
 * only the error tests call.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FailingApi.class)
public @interface ServerApplicationTest {}
