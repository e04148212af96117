package org.clientela.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as the template says, with no resource lookup per link.
 *
 * <p>With webjars-locator-lite on the class path Spring Boot turns the resource chain on and
 * registers {@link ResourceUrlEncodingFilter}, which passes every link a page builds
 * ({@code th:href="@{/customers/42}"} as much as {@code @{/css/clientela.css}}) through the resource
 * resolvers: a link that is no file was looked up in every static location on the class path, on
 * every page, and never cached, since nothing was found. That was most of the time a page took
 * under load. The filter only added the version to webjar links; without it a page links
 * {@code /webjars/bootstrap/css/bootstrap.min.css} and the resource chain (still on, with its cache)
 * finds the versioned file when the browser asks for it.
 */
@Configuration
class StaticResourceLinks {

    /** Present but disabled, so that Spring Boot registers no {@link ResourceUrlEncodingFilter}. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
