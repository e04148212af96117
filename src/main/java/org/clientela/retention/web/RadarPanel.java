package org.clientela.retention.web;

import org.clientela.customers.CustomerPanel;
import org.springframework.stereotype.Component;

/** Puts the radar card on the customer page. */
@Component
class RadarPanel implements CustomerPanel {

    @Override
    public String id() {
        return "radar";
    }

    @Override
    public String titleKey() {
        return "retention.card.title";
    }

    @Override
    public String path(long customerId) {
        return "/retention/radar/of-customer/" + customerId;
    }

    @Override
    public Slot slot() {
        return Slot.MAIN;
    }

    @Override
    public int position() {
        return 20;
    }
}
