package org.clientela.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * A web slice: the named controllers with MockMvc and what the application puts around every
 * controller — its security (roles, CSRF, the API's 401/403 problem details, API tokens), the
 * message bundles and language choice, validation, the RFC 9457 problem details of the API and the
 * pages' layout with {@code @fmt} — but no database and no other module. The services a controller
 * calls are {@code @MockitoBean} fields of the test (a test of page controllers mocks the platform
 * interfaces they read too, such as {@code UserDirectory}). Its context holds a small part of the
 * application's beans and needs no database, so bad input, roles, CSRF and conflicts are tested
 * here, and journeys on {@link ApplicationTest}.
 *
 * <p>What a slice does not have: the error page and the problem details written for requests no
 * controller took ({@code ErrorAnswers}: MockMvc does not forward to {@code /error}), password
 * sign-in, and the demo's banner.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
// The demo's banner needs the demo's state: no page of a slice is the demo.
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.clientela\\.demo\\..*"))
@ActiveProfiles("test")
@Import(WebSliceSetup.class)
public @interface WebSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
