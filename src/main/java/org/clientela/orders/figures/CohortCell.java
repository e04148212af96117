package org.clientela.orders.figures;

import java.time.LocalDate;

/**
 * @param cohort        the first day of the quarter of the customers' first order
 * @param quartersLater 0 for the quarter of the first order, 1 for the next …
 * @param customers     customers of the cohort who ordered in that quarter
 */
public record CohortCell(LocalDate cohort, int quartersLater, long customers) {}
