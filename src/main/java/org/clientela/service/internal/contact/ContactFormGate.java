package org.clientela.service.internal.contact;

import org.clientela.service.PublicFormGate;
import org.springframework.stereotype.Component;

/** The contact form's gate, offered to the public forms of other modules. */
@Component
class ContactFormGate implements PublicFormGate {

    private final ContactGate gate;

    ContactFormGate(ContactGate gate) {
        this.gate = gate;
    }

    @Override
    public String issue() {
        return gate.issue();
    }

    @Override
    public Verdict judge(String honeypot, String token, String clientAddress) {
        return Verdict.valueOf(gate.judge(honeypot, token, clientAddress).name());
    }
}
