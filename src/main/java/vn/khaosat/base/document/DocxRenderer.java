package vn.khaosat.base.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Writes an {@link AdminDocument} as DOCX: A4, Times New Roman 14 pt, margins of Decree 30/2020. */
public final class DocxRenderer {

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 14;
    private static final int TWIPS_PER_MM = 57;

    private DocxRenderer() {
    }

    public static byte[] render(AdminDocument doc) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(word);
            header(word, doc);
            centered(word, doc.title(), true, false, SIZE).setSpacingBefore(240);
            centered(word, doc.subject(), true, false, SIZE).setSpacingAfter(240);
            for (AdminDocument.Block block : doc.body()) {
                if (block instanceof AdminDocument.Heading h) {
                    justified(word, h.text(), true, false);
                } else if (block instanceof AdminDocument.Paragraph p) {
                    justified(word, p.text(), false, p.italic());
                } else if (block instanceof AdminDocument.Table t) {
                    table(word, t);
                }
            }
            signature(word, doc);
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pageSetup(XWPFDocument word) {
        CTSectPr section = word.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(210L * TWIPS_PER_MM));
        size.setH(BigInteger.valueOf(297L * TWIPS_PER_MM));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }

    private static void header(XWPFDocument word, AdminDocument doc) {
        XWPFTable table = word.createTable(2, 2);
        table.removeBorders();
        table.setWidth("100%");
        cellLines(table.getRow(0).getCell(0), doc.issuingBody(), true, false, 13);
        cellLines(table.getRow(0).getCell(1), List.of(AdminDocument.NATION, AdminDocument.MOTTO), true, false, 13);
        cellLines(table.getRow(1).getCell(0), List.of(doc.number()), false, false, 13);
        cellLines(table.getRow(1).getCell(1), List.of(doc.placeAndDate()), false, true, 14);
    }

    private static void signature(XWPFDocument word, AdminDocument doc) {
        XWPFTable table = word.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph heading = left.getParagraphs().get(0);
        run(heading, "Nơi nhận:", true, true, 12);
        for (String line : doc.recipients()) {
            run(left.addParagraph(), line, false, false, 11);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        cellLines(right, doc.signatureTitle(), true, false, SIZE);
        for (int i = 0; i < 3; i++) {
            right.addParagraph();
        }
        XWPFParagraph name = right.addParagraph();
        name.setAlignment(ParagraphAlignment.CENTER);
        run(name, doc.signerName(), true, false, SIZE);
    }

    private static void cellLines(XWPFTableCell cell, List<String> lines, boolean bold, boolean italic, int size) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, lines.get(i), bold, italic, size);
        }
    }

    private static XWPFParagraph centered(XWPFDocument word, String text, boolean bold, boolean italic, int size) {
        XWPFParagraph p = word.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, italic, size);
        return p;
    }

    private static void justified(XWPFDocument word, String text, boolean bold, boolean italic) {
        XWPFParagraph p = word.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        p.setSpacingAfter(120);
        run(p, text, bold, italic, SIZE);
    }

    private static void table(XWPFDocument word, AdminDocument.Table t) {
        XWPFTable table = word.createTable(t.rows().size() + 1, t.headers().size());
        table.setWidth("100%");
        for (int c = 0; c < t.headers().size(); c++) {
            cellLines(table.getRow(0).getCell(c), List.of(t.headers().get(c)), true, false, 12);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                cellLines(table.getRow(r + 1).getCell(c), List.of(row.get(c)), false, false, 12);
            }
        }
        word.createParagraph();
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }
}
