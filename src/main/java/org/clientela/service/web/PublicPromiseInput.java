package org.clientela.service.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clientela.platform.InputError;
import org.clientela.service.internal.cases.Channel;
import org.clientela.service.internal.publicpromises.PublicPromiseKind;
import org.clientela.service.internal.publicpromises.PublicPromiseMeter;
import org.clientela.service.internal.publicpromises.PublicPromises;
import org.clientela.service.internal.publicpromises.PublishedIn;
import org.clientela.service.internal.publicpromises.TargetUnit;
import org.clientela.service.internal.publicpromises.Window;

/** Reads what a page or a client sent about public promises and windows, naming each wrong field. */
final class PublicPromiseInput {

    static final int MAX_DAYS = 730;

    private PublicPromiseInput() {}

    /** {@code days} (1 to 730, default the setting) up to {@code until} (ISO date, default today). */
    static Window window(PublicPromiseMeter meter, String days, String until, ChoiceParser choices) {
        Integer n = null;
        if (days != null && !days.isBlank()) {
            try {
                n = Integer.valueOf(days.strip());
                if (n < 1 || n > MAX_DAYS) {
                    choices.add(InputError.field("days", "service.publicPromise.error.days", MAX_DAYS));
                    n = null;
                }
            } catch (NumberFormatException e) {
                choices.add(InputError.field("days", "service.publicPromise.error.days", MAX_DAYS));
            }
        }
        LocalDate to = null;
        if (until != null && !until.isBlank()) {
            try {
                to = LocalDate.parse(until.strip());
            } catch (DateTimeParseException e) {
                choices.add(InputError.field("until", "service.publicPromise.error.until", until));
            }
        }
        return meter.window(n, to);
    }

    static PublicPromises.Draft draft(
            String kind,
            String statement,
            String targetAmount,
            String targetUnit,
            String openingHours,
            String channel,
            List<String> publishedIn,
            Boolean active,
            ChoiceParser choices) {
        PublicPromiseKind k = choices.parse(PublicPromiseKind.class, kind, "kind", true);
        TargetUnit unit = choices.parse(TargetUnit.class, targetUnit, "targetUnit", false);
        Channel ch = choices.parse(Channel.class, channel, "channel", false);
        Integer amount = null;
        if (targetAmount != null && !targetAmount.isBlank()) {
            try {
                amount = Integer.valueOf(targetAmount.strip());
            } catch (NumberFormatException e) {
                choices.add(InputError.field("targetAmount", "service.publicPromise.error.amount", 10_000));
            }
        }
        Set<PublishedIn> places = EnumSet.noneOf(PublishedIn.class);
        if (publishedIn != null) {
            for (String place : publishedIn) {
                PublishedIn p = choices.parse(PublishedIn.class, place, "publishedIn", false);
                if (p != null) {
                    places.add(p);
                }
            }
        }
        return new PublicPromises.Draft(k, statement, amount, unit, openingHours, ch, places, active);
    }
}
