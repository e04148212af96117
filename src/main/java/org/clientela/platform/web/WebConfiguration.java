package org.clientela.platform.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.clientela.platform.ClientelaSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Languages, the clock and the few pages that need no controller. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH);

    @Bean
    Clock clock(ClientelaSettings settings) {
        return Clock.system(settings.timeZone());
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver(LANGUAGES);
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
        registry.addRedirectViewController("/", "/customers");
    }
}
