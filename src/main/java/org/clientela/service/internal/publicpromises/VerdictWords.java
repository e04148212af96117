package org.clientela.service.internal.publicpromises;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.clientela.service.internal.publicpromises.PublicPromiseVerdict.Amount;
import org.clientela.service.internal.publicpromises.PublicPromiseVerdict.Day;
import org.clientela.service.internal.publicpromises.PublicPromiseVerdict.Places;
import org.clientela.service.internal.publicpromises.PublicPromiseVerdict.Sentence;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a {@link PublicPromiseVerdict} out in one language, from the {@code service.publicPromise.*} messages. */
@Component
public class VerdictWords {

    private final MessageSource messages;

    public VerdictWords(MessageSource messages) {
        this.messages = messages;
    }

    public String write(PublicPromiseVerdict verdict, Locale locale) {
        return verdict.sentences().stream().map(s -> sentence(s, locale)).collect(Collectors.joining(" "));
    }

    private String sentence(Sentence s, Locale locale) {
        Object[] args = new Object[s.args().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(s.args()[i], locale);
        }
        return messages.getMessage(s.key(), args, locale);
    }

    private Object argument(Object arg, Locale locale) {
        if (arg instanceof Amount a) {
            java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale);
            number.setMaximumFractionDigits(1);
            return messages.getMessage(
                    "service.publicPromise.amount." + a.unit(),
                    new Object[] {a.value(), number.format(a.value())},
                    locale);
        }
        if (arg instanceof Day d) {
            return d.day().getDisplayName(TextStyle.FULL, locale);
        }
        if (arg instanceof Places p) {
            if (p.places().isEmpty()) {
                return messages.getMessage("service.publicPromise.places.none", null, locale);
            }
            List<String> names = p.places().stream()
                    .sorted()
                    .map(place -> messages.getMessage("service.publicPromise.published." + place, null, locale))
                    .toList();
            if (names.size() == 1) {
                return names.get(0);
            }
            return messages.getMessage(
                    "service.publicPromise.places.list",
                    new Object[] {String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1)},
                    locale);
        }
        return arg;
    }
}
