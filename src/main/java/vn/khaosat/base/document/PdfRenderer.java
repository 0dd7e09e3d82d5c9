package vn.khaosat.base.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes an {@link AdminDocument} as PDF, A4, with Liberation Serif (Times New Roman's metrics) shipped
 * inside the application and embedded in the file: no system font is assumed, every Vietnamese
 * glyph is there.
 */
public final class PdfRenderer {

    private static final float MM = 72f / 25.4f;
    private static final BaseFont REGULAR = font("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = font("LiberationSerif-Bold.ttf");
    private static final BaseFont ITALIC = font("LiberationSerif-Italic.ttf");
    private static final BaseFont BOLD_ITALIC = font("LiberationSerif-BoldItalic.ttf");

    private PdfRenderer() {
    }

    public static byte[] render(AdminDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        PdfWriter.getInstance(pdf, out);
        pdf.open();
        pdf.add(header(doc));
        pdf.add(centered(doc.title(), font(true, false, 14), 12));
        pdf.add(centered(doc.subject(), font(true, false, 14), 0));
        pdf.add(new Paragraph(" "));
        for (AdminDocument.Block block : doc.body()) {
            if (block instanceof AdminDocument.Heading h) {
                pdf.add(justified(h.text(), font(true, false, 13)));
            } else if (block instanceof AdminDocument.Paragraph p) {
                pdf.add(justified(p.text(), font(false, p.italic(), 13)));
            } else if (block instanceof AdminDocument.Table t) {
                pdf.add(table(t));
            }
        }
        pdf.add(signature(doc));
        pdf.close();
        return out.toByteArray();
    }

    private static PdfPTable header(AdminDocument doc) {
        PdfPTable table = new PdfPTable(new float[] {1f, 1.3f});
        table.setWidthPercentage(100);
        table.addCell(lines(doc.issuingBody(), font(true, false, 12)));
        table.addCell(lines(List.of(AdminDocument.NATION, AdminDocument.MOTTO), font(true, false, 12)));
        table.addCell(lines(List.of(doc.number()), font(false, false, 12)));
        table.addCell(lines(List.of(doc.placeAndDate()), font(false, true, 13)));
        return table;
    }

    private static PdfPTable signature(AdminDocument doc) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        PdfPCell recipients = new PdfPCell();
        recipients.setBorder(Rectangle.NO_BORDER);
        recipients.addElement(new Paragraph("Nơi nhận:", font(true, true, 11)));
        doc.recipients().forEach(line -> recipients.addElement(new Paragraph(line, font(false, false, 10))));
        table.addCell(recipients);
        PdfPCell signer = lines(doc.signatureTitle(), font(true, false, 13));
        Paragraph name = new Paragraph(doc.signerName(), font(true, false, 13));
        name.setAlignment(Element.ALIGN_CENTER);
        name.setSpacingBefore(60);
        signer.addElement(name);
        table.addCell(signer);
        return table;
    }

    private static PdfPCell lines(List<String> lines, Font font) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        for (String line : lines) {
            Paragraph p = new Paragraph(line, font);
            p.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(p);
        }
        return cell;
    }

    private static PdfPTable table(AdminDocument.Table t) {
        PdfPTable table = new PdfPTable(t.headers().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(8);
        for (String header : t.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, font(true, false, 11)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        for (List<String> row : t.rows()) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value, font(false, false, 11)));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(cell);
            }
        }
        return table;
    }

    private static Paragraph centered(String text, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    private static Paragraph justified(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(10 * MM);
        p.setSpacingAfter(4);
        return p;
    }

    /** Liberation Serif in the given style, for other PDF writers of the application. */
    public static Font font(boolean bold, boolean italic, float size) {
        BaseFont base = bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
        return new Font(base, size);
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the class path");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
