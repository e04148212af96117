package org.clientela.satisfaction.web;

import org.clientela.customers.CustomerPanel;
import org.springframework.stereotype.Component;

/** The club's card on the customer page: membership, tier and its history, or the invitation buttons. */
@Component
class LoyaltyPanel implements CustomerPanel {

    @Override
    public String id() {
        return "satisfaction-loyalty";
    }

    @Override
    public String titleKey() {
        return "satisfaction.loyalty.panel.title";
    }

    @Override
    public String path(long customerId) {
        return "/satisfaction/loyalty/customers/" + customerId + "/panel";
    }

    @Override
    public Slot slot() {
        return Slot.MAIN;
    }

    @Override
    public int position() {
        return 45;
    }
}
