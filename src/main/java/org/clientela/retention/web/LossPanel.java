package org.clientela.retention.web;

import org.clientela.customers.CustomerPanel;
import org.springframework.stereotype.Component;

/** The retention card on the customer page: lost or not, and the forms to say so. */
@Component
class LossPanel implements CustomerPanel {

    @Override
    public String id() {
        return "retention-loss";
    }

    @Override
    public String titleKey() {
        return "retention.panel.title";
    }

    @Override
    public String path(long customerId) {
        return "/retention/customers/" + customerId + "/loss";
    }

    @Override
    public Slot slot() {
        return Slot.MAIN;
    }

    @Override
    public int position() {
        return 30;
    }
}
