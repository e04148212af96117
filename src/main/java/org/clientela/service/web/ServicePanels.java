package org.clientela.service.web;

import org.clientela.customers.CustomerPanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service module's cards on the customer page: the banner on top, open cases and promises below. */
@Configuration(proxyBeanMethods = false)
class ServicePanels {

    @Bean
    CustomerPanel serviceBanner() {
        return new Panel("service-banner", null, "/service/panels/banner/", CustomerPanel.Slot.TOP, 10);
    }

    @Bean
    CustomerPanel serviceCases() {
        return new Panel("service-cases", "service.panel.cases", "/service/panels/cases/", CustomerPanel.Slot.MAIN, 20);
    }

    private record Panel(String id, String titleKey, String prefix, Slot slot, int position) implements CustomerPanel {
        @Override
        public String path(long customerId) {
            return prefix + customerId;
        }
    }
}
