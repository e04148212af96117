package org.clientela.service.internal.letters;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.clientela.customers.CustomerAddresses;
import org.clientela.customers.CustomerAddresses.MailingAddress;
import org.clientela.platform.BusinessSettings;
import org.clientela.service.internal.ServiceSettingGroups;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A letter printed on A4 with OpenPDF: the business's name as letterhead, the date in the letter's
 * language, the customer's postal address, the subject and the text. Only the print that sends an
 * approved letter by post is clean; any other carries a {@link Mark} across every page, in the
 * letter's language, so that it cannot pass for the letter the customer is sent.
 */
@Component
public class LetterPdf {

    private static final Font LETTERHEAD = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font PLAIN = new Font(Font.HELVETICA, 11, Font.NORMAL);
    private static final Font SUBJECT = new Font(Font.HELVETICA, 11, Font.BOLD);

    /** What is written diagonally across every page; {@link #NONE} only on the original. */
    public enum Mark {
        /** The print that sends an approved letter by post. */
        NONE,
        /** Not approved yet: BORRADOR / DRAFT. */
        DRAFT,
        /** Approved, not sent yet, looked at without printing it for the post: VISTA PREVIA / PREVIEW. */
        PREVIEW,
        /** Sent already (by post or by e-mail): COPIA / COPY. */
        COPY
    }

    private static final Color MARK_COLOUR = new Color(200, 30, 30);

    private final CustomerAddresses addresses;
    private final LetterSettings settings;
    private final BusinessSettings business;
    private final Clock clock;
    private final MessageSource messages;

    LetterPdf(
            CustomerAddresses addresses,
            LetterSettings settings,
            BusinessSettings business,
            Clock clock,
            MessageSource messages) {
        this.addresses = addresses;
        this.settings = settings;
        this.business = business;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * The PDF file of {@code letter} with {@code mark} across every page. Dated the day it was sent,
     * or today for one not sent yet.
     */
    public byte[] render(Letter letter, Mark mark) {
        Locale locale = Locale.forLanguageTag(letter.getLanguage());
        Instant day = letter.getSentAt() != null ? letter.getSentAt() : clock.instant();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(day.atZone(business.timeZone()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 60, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        if (mark != Mark.NONE) {
            writer.setPageEvent(
                    new Stamp(messages.getMessage("service.letters.pdf.mark." + mark.name(), null, locale)));
        }
        document.addTitle(letter.getSubject());
        document.addCreator(business.value(ServiceSettingGroups.BUSINESS_NAME));
        document.open();
        document.add(new Paragraph(business.value(ServiceSettingGroups.BUSINESS_NAME), LETTERHEAD));
        Paragraph dated = new Paragraph(date, PLAIN);
        dated.setAlignment(Element.ALIGN_RIGHT);
        dated.setSpacingBefore(18);
        document.add(dated);
        addresses.find(letter.getCustomerId()).ifPresent(to -> document.add(recipient(to)));
        Paragraph subject = new Paragraph(letter.getSubject(), SUBJECT);
        subject.setSpacingBefore(24);
        subject.setSpacingAfter(12);
        document.add(subject);
        for (String paragraph : letter.getText().split("\\R\\s*\\R")) {
            Paragraph p = new Paragraph(paragraph.strip(), PLAIN);
            p.setSpacingAfter(8);
            p.setLeading(15);
            document.add(p);
        }
        document.close();
        return out.toByteArray();
    }

    /** The mark, drawn diagonally over each page as it is finished, half transparent. */
    private static final class Stamp extends PdfPageEventHelper {

        private final String word;

        Stamp(String word) {
            this.word = word;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            PdfContentByte over = writer.getDirectContent();
            over.saveState();
            PdfGState translucent = new PdfGState();
            translucent.setFillOpacity(0.25f);
            over.setGState(translucent);
            Font font = new Font(Font.HELVETICA, 96, Font.BOLD, MARK_COLOUR);
            float size = Math.min(96, 1100f / Math.max(4, word.length()));
            font.setSize(size);
            ColumnText.showTextAligned(
                    over,
                    Element.ALIGN_CENTER,
                    new Phrase(word, font),
                    page.getWidth() / 2,
                    page.getHeight() / 2 - size / 3,
                    45);
            over.restoreState();
        }
    }

    private static Paragraph recipient(MailingAddress to) {
        StringBuilder lines = new StringBuilder(to.name());
        if (to.address() != null) {
            lines.append('\n').append(to.address());
        }
        String town = String.join(
                " ",
                java.util.stream.Stream.of(to.postalCode(), to.city())
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
        if (!town.isEmpty()) {
            lines.append('\n').append(town);
        }
        Paragraph paragraph = new Paragraph(lines.toString(), PLAIN);
        paragraph.setSpacingBefore(12);
        return paragraph;
    }
}
