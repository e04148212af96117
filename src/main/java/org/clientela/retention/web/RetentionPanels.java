package org.clientela.retention.web;

import org.clientela.customers.CustomerPanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retention module's cards on the customer page. */
@Configuration(proxyBeanMethods = false)
class RetentionPanels {

    /** The segment, typical interval and last year's revenue, next to the orders module's purchases card. */
    @Bean
    CustomerPanel purchaseRhythmPanel() {
        return panel("rhythm", "retention.rhythm.title", "/retention/customers/%d/rhythm", 210);
    }

    /** What else the customer could buy. */
    @Bean
    CustomerPanel whatElsePanel() {
        return panel("what-else", "retention.whatElse.title", "/retention/customers/%d/what-else", 220);
    }

    private static CustomerPanel panel(String id, String titleKey, String path, int position) {
        return new CustomerPanel() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String titleKey() {
                return titleKey;
            }

            @Override
            public String path(long customerId) {
                return path.formatted(customerId);
            }

            @Override
            public Slot slot() {
                return Slot.MAIN;
            }

            @Override
            public int position() {
                return position;
            }
        };
    }
}
