package org.clientela.retention.internal.letdowns;

import org.clientela.retention.LossReason;
import org.clientela.retention.SignalKind;

/** The ways the business lets a customer down that retention hears of, with what each means to it. */
public enum LetDownKind {
    PROMISE_BROKEN(SignalKind.PROMISE_BROKEN, LossReason.BROKEN_PROMISE),
    COMPLAINT_CLOSED_AGAINST(SignalKind.COMPLAINT_CLOSED_AGAINST, LossReason.UNRESOLVED_COMPLAINT);

    private final SignalKind signal;
    private final LossReason likelyReason;

    LetDownKind(SignalKind signal, LossReason likelyReason) {
        this.signal = signal;
        this.likelyReason = likelyReason;
    }

    /** The radar signal a recent let-down of this kind raises. */
    public SignalKind signal() {
        return signal;
    }

    /** The reason the loss form suggests when such a customer is marked lost. */
    public LossReason likelyReason() {
        return likelyReason;
    }
}
