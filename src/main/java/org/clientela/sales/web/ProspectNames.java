package org.clientela.sales.web;

import java.util.Locale;
import org.clientela.sales.ProspectPersonalData;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A prospect's name as the reader sees it: once the prospect is anonymised its name holds the
 * Spanish marker «Prospecto anonimizado 17», which the search finds; pages and the API show it in
 * the reader's language, "Anonymised prospect 17" in English. Templates call it as
 * {@code ${@prospectNames.shown(p.id, p.name)}}.
 */
@Component("prospectNames")
public class ProspectNames {

    private final MessageSource messages;

    ProspectNames(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code name} as the current request's reader sees it. */
    public String shown(Long prospectId, String name) {
        return shown(prospectId, name, LocaleContextHolder.getLocale());
    }

    /** {@code name} as a reader of {@code locale} sees it: the marker in their language, any other name as it is. */
    public String shown(Long prospectId, String name, Locale locale) {
        if (prospectId == null || name == null || !name.equals(ProspectPersonalData.marker(prospectId))) {
            return name;
        }
        // The id as text: a number argument would be written "1.234" in Spanish.
        return messages.getMessage("sales.prospect.anonymised.name", new Object[] {Long.toString(prospectId)}, locale);
    }
}
