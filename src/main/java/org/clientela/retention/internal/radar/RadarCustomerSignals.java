package org.clientela.retention.internal.radar;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clientela.retention.SignalKind;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The radar's active signals of one customer, for the customer's retention figures: each with its
 * explanation in the reader's language and the money at stake.
 */
@Component
class RadarCustomerSignals implements CustomerSignals {

    /** More active signals than this on one customer cannot happen (four kinds, a few categories). */
    private static final int AT_MOST = 50;

    private final SignalBoard board;

    RadarCustomerSignals(SignalBoard board) {
        this.board = board;
    }

    /** One active signal as the API shows it. */
    record ActiveSignal(SignalKind kind, String explanation, BigDecimal moneyAtStake, Instant firstSeen) {}

    @Override
    public List<ActiveSignal> activeFor(long customerId) {
        return board
                .list(new SignalBoard.Filter(null, null, customerId), 0, AT_MOST, LocaleContextHolder.getLocale())
                .items()
                .stream()
                .map(s -> new ActiveSignal(s.kind(), s.explanation(), s.moneyAtStake(), s.firstSeen()))
                .toList();
    }
}
