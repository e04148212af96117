package org.clientela.retention.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.clientela.platform.Formats;
import org.clientela.retention.internal.fits.StoredCheck;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A check's warnings in the reader's language, dates and numbers as they expect them. */
@Component
class ModelCheckWords {

    private final MessageSource messages;
    private final Formats fmt;

    ModelCheckWords(MessageSource messages, Formats fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    /** One warning said in words, with its code. */
    record Warning(String code, String message) {}

    List<Warning> warnings(StoredCheck check) {
        return check.warnings().stream()
                .map(w -> new Warning(
                        w.code(),
                        messages.getMessage(
                                w.messageKey(),
                                Arrays.stream(w.args()).map(this::format).toArray(),
                                LocaleContextHolder.getLocale())))
                .toList();
    }

    String text(String key, Object... args) {
        return messages.getMessage(
                key, Arrays.stream(args).map(this::format).toArray(), LocaleContextHolder.getLocale());
    }

    private Object format(Object arg) {
        if (arg instanceof LocalDate date) {
            return fmt.date(date);
        }
        if (arg instanceof Number number) {
            return fmt.number(number);
        }
        return arg;
    }
}
