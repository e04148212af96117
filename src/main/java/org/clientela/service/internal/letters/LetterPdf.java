package org.clientela.service.internal.letters;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.clientela.service.internal.ServiceSettingGroups;
import org.clientela.customers.CustomerAddresses;
import org.clientela.customers.CustomerAddresses.MailingAddress;
import org.clientela.platform.BusinessSettings;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A letter printed on A4 with OpenPDF: the business's name as letterhead, the date in the letter's
 * language, the customer's postal address, the subject and the text.
 */
@Component
public class LetterPdf {

    private static final Font LETTERHEAD = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font PLAIN = new Font(Font.HELVETICA, 11, Font.NORMAL);
    private static final Font SUBJECT = new Font(Font.HELVETICA, 11, Font.BOLD);

    private final CustomerAddresses addresses;
    private final LetterSettings settings;
    private final BusinessSettings business;
    private final Clock clock;

    LetterPdf(CustomerAddresses addresses, LetterSettings settings, BusinessSettings business, Clock clock) {
        this.addresses = addresses;
        this.settings = settings;
        this.business = business;
        this.clock = clock;
    }

    /** The PDF file of {@code letter}. Dated the day it was sent, or today for one not sent yet. */
    public byte[] render(Letter letter) {
        Locale locale = Locale.forLanguageTag(letter.getLanguage());
        Instant day = letter.getSentAt() != null ? letter.getSentAt() : clock.instant();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(day.atZone(business.timeZone()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 60, 60);
        PdfWriter.getInstance(document, out);
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

    private static Paragraph recipient(MailingAddress to) {
        StringBuilder lines = new StringBuilder(to.name());
        if (to.address() != null) {
            lines.append('\n').append(to.address());
        }
        String town = String.join(" ", java.util.stream.Stream.of(to.postalCode(), to.city())
                .filter(s -> s != null && !s.isBlank()).toList());
        if (!town.isEmpty()) {
            lines.append('\n').append(town);
        }
        Paragraph paragraph = new Paragraph(lines.toString(), PLAIN);
        paragraph.setSpacingBefore(12);
        return paragraph;
    }
}
