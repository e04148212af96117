package org.clientela.service.internal.publicpromises;

import java.time.DayOfWeek;

/** The closed hour of the week in which most contacts arrived ({@code hour}:00 to {@code hour+1}:00). */
public record BusiestHour(DayOfWeek day, int hour, long contacts) {}
