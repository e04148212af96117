package org.clientela.retention.internal.radar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.clientela.retention.SignalKind;

/**
 * What one rule found about one customer: the kind, the category it is about ({@link #NO_CATEGORY}
 * when none), the explanation as a message key with typed arguments, and the money at stake that
 * ranks it.
 *
 * <p>Arguments are kept typed, so each reader sees numbers, money and dates in their own language:
 * {@code n:} a whole number, {@code m:} an amount in the business's currency, {@code d:} an ISO
 * date, {@code t:} text shown as it is (a category name).
 */
public record Finding(SignalKind kind, long categoryId, String messageKey, List<String> args, BigDecimal moneyAtStake) {

    public static final long NO_CATEGORY = 0;

    public Finding {
        args = List.copyOf(args);
        moneyAtStake = moneyAtStake.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    static String number(long value) {
        return "n:" + value;
    }

    static String money(BigDecimal value) {
        return "m:" + value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String date(LocalDate value) {
        return "d:" + value;
    }

    static String text(String value) {
        return "t:" + (value == null ? "" : value);
    }
}
