package org.clientela.satisfaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clientela.customers.CustomerId;

/**
 * Brings in customers' ideas and the surprises and apologies given to them that already happened —
 * what the demo business uses to give those pages a past, and what an import from another system
 * would use. An idea still open with its follow-up day to come promises the customer an answer, as
 * a live one does; the others are history and promise nothing.
 */
public interface GoodwillArchive {

    /** Writes the ideas and the gestures; returns how many rows were written in all. */
    int bringIn(List<PastIdea> ideas, List<PastGesture> gestures);

    /**
     * @param area      PRODUCT, SERVICE, PRICE or OTHER
     * @param channel   PHONE, EMAIL, IN_PERSON, WEB, SURVEY or OTHER
     * @param status    RECEIVED, LOOKING, ADOPTED or DECLINED
     * @param answer    what the customer was told, or null
     * @param decidedOn the day it was adopted or declined, or null while open
     */
    record PastIdea(
            CustomerId customerId,
            String text,
            String area,
            String channel,
            String owner,
            String status,
            LocalDate followUpOn,
            String answer,
            Instant loggedAt,
            Instant answeredAt,
            LocalDate decidedOn) {}

    /**
     * @param kind SURPRISE or APOLOGY
     * @param type SMALL_EXTRA, HANDWRITTEN_NOTE, SAMPLE, DISCOUNT, WITH_REMEDY, WITHOUT_REMEDY or null
     */
    record PastGesture(
            CustomerId customerId,
            String kind,
            String type,
            String description,
            String reason,
            BigDecimal cost,
            String givenBy,
            LocalDate givenOn) {}
}
