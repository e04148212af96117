package org.clientela.platform;

import org.clientela.platform.security.WebSliceSecurity;
import org.clientela.platform.web.WebSliceBasics;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What platform publishes for other modules' web slices: its security and page basics as one
 * configuration, and an API token that signs in with a given role through the real token filter.
 */
public final class WebSliceFixtures {

    private WebSliceFixtures() {}

    /** An {@code Authorization} header value that signs in as a user with {@code role}. */
    public static String apiToken(Role role) {
        return WebSliceSecurity.token(role);
    }

    /** Platform's part of a web slice: the security chains, API settings, {@code @fmt}. */
    @TestConfiguration(proxyBeanMethods = false)
    @Import({WebSliceSecurity.class, WebSliceBasics.class})
    public static class Configuration {}
}
