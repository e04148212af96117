package org.clientela.orders.figures;

import java.time.LocalDate;

/**
 * Which new buyers to list: those whose first order ever fell in a period, optionally only the
 * ones who came back on a later day (or only those who did not), or only the ones who ordered in a
 * later window (a cell of the cohort table).
 *
 * @param firstFrom   first order on or after this day
 * @param firstTo     and before this day
 * @param boughtAgain {@code true}: only those with an order on a later day; {@code false}: only
 *                    those who never came back; {@code null}: both
 * @param activeFrom  with {@code activeTo}: only those with an order in that window (from
 *                    inclusive, to exclusive); both {@code null} for any
 */
public record NewBuyerQuery(
        LocalDate firstFrom, LocalDate firstTo, Boolean boughtAgain, LocalDate activeFrom, LocalDate activeTo) {

    public NewBuyerQuery {
        if (firstFrom == null || firstTo == null || !firstFrom.isBefore(firstTo)) {
            throw new IllegalArgumentException("firstFrom must come before firstTo");
        }
        if ((activeFrom == null) != (activeTo == null)) {
            throw new IllegalArgumentException("activeFrom and activeTo go together");
        }
    }
}
