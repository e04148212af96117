package org.clientela.privacy.internal.requests;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.StateConflict;
import org.clientela.service.ReplyLetters;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reply to a rights request as a letter: drafted through the letters on a request case for the
 * customer, from words that say what the law asks the business to say for each kind of request,
 * so the handler edits, has it approved and sends it like any other letter. A request whose
 * person is not yet matched to a customer gets no letter until it is.
 */
@Service
public class RequestReplies {

    private final RightsRequests requests;
    private final ReplyLetters letters;
    private final MessageSource messages;

    RequestReplies(RightsRequests requests, ReplyLetters letters, MessageSource messages) {
        this.requests = requests;
        this.letters = letters;
        this.messages = messages;
    }

    /** Drafts the reply in {@code language} ({@code es} or {@code en}); returns the letter's id. */
    @Transactional
    public long draft(long requestId, String language) {
        RightsRequest request = requests.get(requestId);
        if (request.customerId() == null) {
            throw new InvalidInputException(InputError.field("customerId", "privacy.request.letter.noCustomer"));
        }
        if (request.letterId() != null) {
            throw new LetterAlreadyDrafted();
        }
        if (!"es".equals(language) && !"en".equals(language)) {
            throw new InvalidInputException(InputError.field("language", "privacy.request.invalid.language"));
        }
        Locale locale = Locale.forLanguageTag(language);
        String kind = request.kind().name();
        String received = request.receivedOn()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        Object[] args = {request.requesterName(), received};
        String subject = messages.getMessage("privacy.request.letter.subject." + kind, args, locale);
        String text = messages.getMessage("privacy.request.letter.body." + kind, args, locale);
        ReplyLetters.Drafted drafted = letters.draftOnNewRequest(
                request.customerId(),
                request.channel().name(),
                request.handler(),
                subject,
                messages.getMessage("privacy.request.letter.case", new Object[] {request.id()}, locale),
                language,
                subject,
                text,
                AuditLog.currentActor());
        requests.letterDrafted(requestId, drafted.caseId().value(), drafted.letterId());
        return drafted.letterId();
    }

    /** A request has one reply letter; the next change is made on that letter. */
    public static class LetterAlreadyDrafted extends StateConflict {

        LetterAlreadyDrafted() {
            super("The reply letter of this request is already drafted");
        }

        @Override
        public String problemType() {
            return "privacy-request-letter";
        }

        @Override
        public String messageKey() {
            return "privacy.request.letter.already";
        }
    }
}
