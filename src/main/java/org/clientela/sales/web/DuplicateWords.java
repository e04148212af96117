package org.clientela.sales.web;

import java.util.Locale;
import org.clientela.sales.internal.prospects.DuplicateOf;
import org.springframework.context.MessageSource;

/** "Ya es cliente: Ferretería Teide, C-0042" or "Ya está en la lista: …", in the reader's language. */
final class DuplicateWords {

    private DuplicateWords() {}

    static String say(MessageSource messages, DuplicateOf duplicate, Locale locale) {
        return duplicate.type() == DuplicateOf.Type.CUSTOMER
                ? messages.getMessage(
                        "sales.prospect.duplicate.customer",
                        new Object[] {duplicate.name(), duplicate.number()},
                        locale)
                : messages.getMessage("sales.prospect.duplicate.prospect", new Object[] {duplicate.name(), ""}, locale);
    }
}
