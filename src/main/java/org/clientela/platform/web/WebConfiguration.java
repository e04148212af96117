package org.clientela.platform.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.BusinessSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import tools.jackson.databind.json.JsonMapper;

/** Languages, the clock, the API's body size limit and the few pages that need no controller. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH);

    /** The system clock in the business's time zone as the settings page has it when asked. */
    @Bean
    Clock clock(ObjectProvider<BusinessSettings> settings) {
        return new BusinessClock(() -> settings.getObject().timeZone());
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver(LANGUAGES);
    }

    /** Runs before security, so an oversize body is refused before anyone reads it. */
    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(
            ApiSettings settings, MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(
                new BodySizeLimit(settings.maxJsonBytes().toBytes(), messages, localeResolver, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/login").setViewName("platform/login");
    }
}
