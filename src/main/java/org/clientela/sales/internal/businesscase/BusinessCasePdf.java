package org.clientela.sales.internal.businesscase;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.BusinessSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A business case on one A4 page with OpenPDF, in the shape of the service letters (the business's
 * name as letterhead, the date in the reader's language): the figures with what each means, then
 * the flows. Monthly flows are added up per year in the table, so fifty years still fit a page.
 */
@Component
public class BusinessCasePdf {

    /** The business's name, a setting the service module declares for its letters. */
    static final String BUSINESS_NAME = "business.name";

    private static final Font LETTERHEAD = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font TITLE = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font PLAIN = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    /** Rows of flows that fit below the figures on one page. */
    private static final int ROWS = 26;

    private final Explanation words;
    private final BusinessSettings business;
    private final MessageSource messages;
    private final Clock clock;

    BusinessCasePdf(Explanation words, BusinessSettings business, MessageSource messages, Clock clock) {
        this.words = words;
        this.business = business;
        this.messages = messages;
        this.clock = clock;
    }

    public byte[] render(BusinessCase c, Locale locale) {
        CashFlows flows = c.cashFlows();
        Appraisal a = c.appraisal();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(c.title());
        document.addCreator(business.value(BUSINESS_NAME));
        document.open();
        document.add(new Paragraph(business.value(BUSINESS_NAME), LETTERHEAD));
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(clock.instant().atZone(business.timeZone()));
        Paragraph dated = new Paragraph(text("sales.businessCase.pdf.dated", locale, date), PLAIN);
        dated.setAlignment(Element.ALIGN_RIGHT);
        document.add(dated);
        Paragraph title = new Paragraph(c.title(), TITLE);
        title.setSpacingBefore(14);
        document.add(title);
        if (c.prospectName() != null) {
            document.add(new Paragraph(text("sales.businessCase.forProspect", locale, c.prospectName()), PLAIN));
        }
        Paragraph terms = new Paragraph(
                text(
                        "sales.businessCase.pdf.terms",
                        locale,
                        text("sales.businessCase.periodsPerYear." + flows.periodsPerYear(), locale),
                        words.percent(flows.annualDiscountRate(), locale)),
                PLAIN);
        terms.setSpacingAfter(10);
        document.add(terms);
        PdfPTable figures = new PdfPTable(new float[] {3, 2, 6});
        figures.setWidthPercentage(100);
        for (Explanation.Line line : words.of(flows, a, locale)) {
            figures.addCell(cell(line.label(), BOLD, Element.ALIGN_LEFT));
            figures.addCell(cell(line.value(), BOLD, Element.ALIGN_RIGHT));
            figures.addCell(cell(line.sentence(), PLAIN, Element.ALIGN_LEFT));
        }
        document.add(figures);
        Paragraph gap = new Paragraph(" ", SMALL);
        document.add(gap);
        document.add(flowTable(flows, a, locale));
        if (c.notes() != null) {
            Paragraph notes = new Paragraph(c.notes(), PLAIN);
            notes.setSpacingBefore(10);
            document.add(notes);
        }
        document.close();
        return out.toByteArray();
    }

    private PdfPTable flowTable(CashFlows flows, Appraisal a, Locale locale) {
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of(
                "sales.businessCase.period",
                "sales.businessCase.flow",
                "sales.businessCase.discounted",
                "sales.businessCase.cumulative")) {
            table.addCell(cell(text(key, locale), BOLD, Element.ALIGN_CENTER));
        }
        int perRow = flows.periodsPerYear();
        int rows = 1 + (flows.periods() + perRow - 1) / perRow;
        for (int row = 0; row < Math.min(rows, ROWS); row++) {
            int from = row == 0 ? 0 : (row - 1) * perRow + 1;
            int to = row == 0 ? 0 : Math.min(row * perRow, flows.periods());
            double amount = 0;
            double discounted = 0;
            for (int t = from; t <= to; t++) {
                amount += flows.flows().get(t);
                discounted += a.discounted().get(t);
            }
            String period = row == 0
                    ? text("sales.businessCase.period.start", locale)
                    : text("sales.businessCase.period.year", locale, row);
            table.addCell(cell(period, PLAIN, Element.ALIGN_LEFT));
            table.addCell(cell(words.money(amount, locale), PLAIN, Element.ALIGN_RIGHT));
            table.addCell(cell(words.money(discounted, locale), PLAIN, Element.ALIGN_RIGHT));
            table.addCell(cell(words.money(a.cumulative().get(to), locale), PLAIN, Element.ALIGN_RIGHT));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
