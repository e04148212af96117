package org.clientela.service.web;

import org.clientela.platform.DaySection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Service's section of everyone's day: the promises due (everyone may have made one, a seller's
 * call-backs included) and, for those who work cases, the cases that need them.
 */
@Configuration(proxyBeanMethods = false)
class ServiceDaySections {

    @Bean
    static DaySection serviceDaySection() {
        return DaySection.of(
                MyDayPages.SECTION, "service.myDay.title", MyDayPages.SECTION_PATH, 10, DaySection.everyone());
    }
}
