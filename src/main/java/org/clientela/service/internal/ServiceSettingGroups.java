package org.clientela.service.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.clientela.platform.SettingDefinition;
import org.clientela.platform.SettingDefinition.Kind;
import org.clientela.platform.SettingGroup;
import org.clientela.platform.WeekHours;
import org.clientela.service.internal.cases.CaseSettings;
import org.clientela.service.internal.letters.LetterSettings;
import org.clientela.service.internal.responsetimes.ResponseTimeSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The service module's settings on the admin settings page: the business name letters are signed
 * with, the opening hours and holidays, and the SMTP server letters are e-mailed through. Their
 * defaults are {@code clientela.service.*} and {@code spring.mail.*}.
 */
@Configuration
public class ServiceSettingGroups {

    public static final String BUSINESS_NAME = "business.name";
    public static final String OPENING_HOURS = "service.opening-hours";
    public static final String HOLIDAYS = "service.holidays";
    public static final String MAIL_HOST = "mail.host";
    public static final String MAIL_PORT = "mail.port";
    public static final String MAIL_USERNAME = "mail.username";
    public static final String MAIL_PASSWORD = "mail.password";
    public static final String MAIL_FROM = "mail.from";

    @Bean
    SettingGroup businessNameSettingGroup(LetterSettings letters) {
        return SettingDefinition.group(
                "business", 5, List.of(SettingDefinition.of(BUSINESS_NAME, Kind.TEXT, letters.businessName())));
    }

    @Bean
    SettingGroup openingHoursSettingGroup(ResponseTimeSettings times, CaseSettings cases) {
        return SettingDefinition.group(
                "hours",
                20,
                List.of(
                        SettingDefinition.of(
                                OPENING_HOURS,
                                Kind.WEEK_HOURS,
                                WeekHours.parse(times.openingHours()).text()),
                        SettingDefinition.of(
                                HOLIDAYS,
                                Kind.DATES,
                                cases.holidays().stream()
                                        .sorted()
                                        .distinct()
                                        .map(LocalDate::toString)
                                        .collect(Collectors.joining(",")))));
    }

    @Bean
    SettingGroup mailSettingGroup(Environment environment, LetterSettings letters) {
        return SettingDefinition.group(
                "mail",
                30,
                List.of(
                        SettingDefinition.of(MAIL_HOST, Kind.HOST, environment.getProperty("spring.mail.host", "")),
                        new SettingDefinition(
                                MAIL_PORT, Kind.PORT, environment.getProperty("spring.mail.port", "25"), null, null),
                        SettingDefinition.of(
                                MAIL_USERNAME, Kind.LOGIN, environment.getProperty("spring.mail.username", "")),
                        SettingDefinition.of(
                                MAIL_PASSWORD, Kind.SECRET, environment.getProperty("spring.mail.password", "")),
                        SettingDefinition.of(MAIL_FROM, Kind.EMAIL, letters.mailFrom())));
    }
}
