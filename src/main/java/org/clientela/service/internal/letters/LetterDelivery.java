package org.clientela.service.internal.letters;

import java.time.Clock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clientela.customers.CustomerAddresses;
import org.clientela.customers.CustomerAddresses.MailingAddress;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.service.internal.letters.Letters.Printed;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How an approved letter reaches the customer: by e-mail, or by post when its first print is made.
 * Either way exactly once however many requests race for it, which the database decides (see
 * {@link LetterRepository}); {@link Letters} hands these steps here.
 */
@Component
class LetterDelivery {

    private final LetterRepository letters;
    private final CustomerAddresses addresses;
    private final LetterMail mail;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final LetterPdf pdf;

    LetterDelivery(
            LetterRepository letters,
            CustomerAddresses addresses,
            LetterMail mail,
            AuditLog audit,
            Clock clock,
            TransactionTemplate transactions,
            LetterPdf pdf) {
        this.letters = letters;
        this.addresses = addresses;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.pdf = pdf;
    }

    private Letter find(long id) {
        return letters.findById(id).orElseThrow(() -> new org.clientela.platform.NotFoundException("letter", id));
    }

    /**
     * Sends an approved letter to the customer's e-mail, exactly once however many requests ask at
     * the same moment: the one whose conditional UPDATE moves the letter from APPROVED to SENDING
     * sends it; the others get {@link LetterStateException} ({@code BEING_SENT}, or {@code ALREADY_SENT}
     * once it went). When the SMTP server refuses, the letter is APPROVED again, keeps the error and
     * the caller gets {@code SEND_FAILED}: nothing is lost silently.
     * <p>
     * The claim is committed before the SMTP conversation and the result after it, so no database
     * transaction stays open while the mail server answers. Should the application die between the
     * two, the letter stays SENDING: we cannot know whether the server took it, and sending it
     * again could make it arrive twice.
     *
     * @param by who sends it
     * @throws InvalidInputException when the customer has no e-mail address (field {@code email}) or
     *                               a spot in brackets is left (field {@code subject} or {@code text})
     */
    Letter send(long id, String by) {
        Letter letter = find(id);
        letter.checkSendable();
        letter.requireFilledIn();
        MailingAddress address = addresses.find(letter.getCustomerId()).orElse(null);
        if (address == null || !address.hasEmail()) {
            throw new InvalidInputException(InputError.field(
                    "email", "service.letters.invalid.noEmail", address == null ? "" : address.name()));
        }
        if (!mail.configured()) {
            throw new LetterRefused(LetterRefused.Reason.MAIL_NOT_CONFIGURED);
        }
        if (letters.claimForSending(id, clock.instant()) == 0) {
            // Someone else claimed it first: say what it is now (being sent, sent, edited back to draft).
            find(id).checkSendable();
            throw new LetterStateException(id, LetterStatus.SENDING, LetterStatus.SENDING);
        }
        Letter claimed = find(id);
        try {
            mail.send(claimed, address.email());
        } catch (RuntimeException e) {
            String error =
                    e instanceof MailException m ? m.getMostSpecificCause().getMessage() : e.toString();
            transactions.executeWithoutResult(s -> {
                Letter failed = find(id);
                failed.sendFailed(error, clock.instant());
                letters.save(failed);
                audit.record(
                        "LETTER_SEND_FAILED",
                        "letter",
                        id,
                        "Letter \"" + failed.getSubject() + "\" not sent to " + address.email() + ": " + error,
                        null,
                        null,
                        failed.getSubject(),
                        address.email());
            });
            if (e instanceof MailException) {
                throw new LetterRefused(LetterRefused.Reason.SEND_FAILED, error);
            }
            throw e;
        }
        return transactions.execute(s -> {
            claimed.sent(address.email(), by, clock.instant());
            Letter sent = letters.save(claimed);
            audit.record(
                    "LETTER_SENT",
                    "letter",
                    id,
                    "Letter \"" + sent.getSubject() + "\" sent to " + address.email(),
                    null,
                    Letters.state(sent),
                    sent.getSubject(),
                    address.email());
            return sent;
        });
    }

    /**
     * Prints a letter. The first print of an approved letter sends it by post: it is recorded as
     * sent, by {@code by}, today, and is the only clean PDF the letter ever gets. Of several prints
     * at the same moment exactly one is that print: the one whose conditional UPDATE moves the
     * letter from APPROVED to SENT (see {@link LetterRepository#markSentByPost}); the others, and
     * every print of a sent letter, are copies marked COPIA / COPY, each one in the audit log. A
     * draft prints marked BORRADOR / DRAFT and stays a draft.
     * <p>
     * The original is drawn before the letter is recorded as sent, so a letter is never recorded
     * as printed without its PDF.
     *
     * @throws InvalidInputException when an approved letter still holds a spot in brackets
     */
    Printed print(long id, String by) {
        Letter letter = find(id);
        if (letter.getStatus() == LetterStatus.DRAFT) {
            return new Printed(letter, LetterPdf.Mark.DRAFT, pdf.render(letter, LetterPdf.Mark.DRAFT));
        }
        if (letter.getStatus() == LetterStatus.APPROVED) {
            letter.requireFilledIn();
            byte[] original = pdf.render(letter, LetterPdf.Mark.NONE);
            String to = addresses
                    .find(letter.getCustomerId())
                    .map(LetterDelivery::postalAddress)
                    .orElse(null);
            Boolean sent = transactions.execute(s -> {
                if (letters.markSentByPost(id, by, to, clock.instant()) == 0) {
                    return false;
                }
                Letter posted = find(id);
                audit.record(
                        "LETTER_SENT_BY_POST",
                        "letter",
                        id,
                        "Letter \"" + posted.getSubject() + "\" printed and sent by post by " + by,
                        null,
                        Letters.state(posted),
                        posted.getSubject());
                return true;
            });
            if (Boolean.TRUE.equals(sent)) {
                return new Printed(find(id), LetterPdf.Mark.NONE, original);
            }
            letter = find(id);
            if (letter.getStatus() == LetterStatus.DRAFT) {
                return new Printed(letter, LetterPdf.Mark.DRAFT, pdf.render(letter, LetterPdf.Mark.DRAFT));
            }
        }
        Letter copy = letter;
        byte[] copyPdf = pdf.render(copy, LetterPdf.Mark.COPY);
        transactions.executeWithoutResult(s -> audit.record(
                "LETTER_COPY_PRINTED",
                "letter",
                id,
                "Copy of letter \"" + copy.getSubject() + "\" printed by " + by,
                null,
                null,
                copy.getSubject()));
        return new Printed(copy, LetterPdf.Mark.COPY, copyPdf);
    }

    /**
     * The letter as a PDF file to look at, changing nothing: a draft marked BORRADOR / DRAFT, an
     * approved letter not sent yet marked VISTA PREVIA / PREVIEW (only {@link #print} makes the
     * original), a sent one marked COPIA / COPY.
     */
    Printed preview(long id) {
        Letter letter = find(id);
        LetterPdf.Mark mark = switch (letter.getStatus()) {
            case DRAFT -> LetterPdf.Mark.DRAFT;
            case APPROVED -> LetterPdf.Mark.PREVIEW;
            case SENDING, SENT -> LetterPdf.Mark.COPY;
        };
        return new Printed(letter, mark, pdf.render(letter, mark));
    }

    private static String postalAddress(MailingAddress to) {
        String line = Stream.of(
                        to.address(),
                        Stream.of(to.postalCode(), to.city())
                                .filter(p -> p != null && !p.isBlank())
                                .collect(Collectors.joining(" ")))
                .filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(", "));
        return line.isEmpty() ? null : line.substring(0, Math.min(line.length(), 320));
    }
}
