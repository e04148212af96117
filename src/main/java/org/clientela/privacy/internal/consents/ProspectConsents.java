package org.clientela.privacy.internal.consents;

import org.clientela.sales.LeadConsentGiven;
import org.clientela.sales.ProspectWon;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the sales module tells about prospects' consents: a box ticked on the public form becomes
 * the prospect's recorded consent, and a prospect won links their consents to the customer.
 */
@Component
class ProspectConsents {

    private final ConsentLedger ledger;

    ProspectConsents(ConsentLedger ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(LeadConsentGiven lead) {
        ledger.grantFromForm(lead.prospectId(), lead.shownText());
    }

    @ApplicationModuleListener
    void on(ProspectWon won) {
        ledger.prospectBecameCustomer(won.prospectId(), won.customerId().value());
    }
}
