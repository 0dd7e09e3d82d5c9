package vn.khaosat.collection;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.khaosat.base.QrMatrix;
import vn.khaosat.base.document.PdfRenderer;
import vn.khaosat.plan.TemplateDetail;

/** Printable paper forms, one A4 page each: serial number, the questionnaire with boxes to tick, a QR code of the online form. */
final class PaperFormPdf {

    private static final float MM = 72f / 25.4f;

    record Form(String serial, String communeName, String fieldName, String onlineLink) {
    }

    private PaperFormPdf() {
    }

    static byte[] render(TemplateDetail template, List<Form> forms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 20 * MM, 15 * MM, 15 * MM, 15 * MM);
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        pdf.open();
        for (int i = 0; i < forms.size(); i++) {
            if (i > 0) {
                pdf.newPage();
            }
            page(pdf, writer.getDirectContent(), template, forms.get(i));
        }
        pdf.close();
        return out.toByteArray();
    }

    private static void page(Document pdf, PdfContentByte canvas, TemplateDetail template, Form form) {
        qr(canvas, form.onlineLink(), PageSize.A4.getWidth() - 15 * MM - 28 * MM, PageSize.A4.getHeight() - 15 * MM - 28 * MM,
                28 * MM);
        pdf.add(centered("ỦY BAN NHÂN DÂN " + form.communeName().toUpperCase(), PdfRenderer.font(true, false, 12)));
        pdf.add(centered("PHIẾU KHẢO SÁT MỨC ĐỘ HÀI LÒNG", PdfRenderer.font(true, false, 15)));
        pdf.add(centered("của người dân, tổ chức đối với dịch vụ hành chính công", PdfRenderer.font(false, true, 12)));
        pdf.add(new Paragraph("Số phiếu: " + form.serial(), PdfRenderer.font(true, false, 12)));
        pdf.add(new Paragraph("Lĩnh vực: " + form.fieldName(), PdfRenderer.font(false, false, 12)));
        pdf.add(new Paragraph("Ông/bà là:  [   ] Cá nhân    [   ] Tổ chức        Ngày: ……/……/…………", PdfRenderer.font(false, false, 12)));
        pdf.add(new Paragraph("Xin đánh dấu (X) vào một ô cho mỗi tiêu chí. Có thể đánh giá trực tuyến bằng mã QR.",
                PdfRenderer.font(false, true, 10)));

        PdfPTable table = new PdfPTable(2 + template.levels().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        float[] widths = new float[2 + template.levels().size()];
        widths[0] = 0.6f;
        widths[1] = 5f;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 1.3f;
        }
        table.setWidths(widths);
        table.addCell(cell("TT", true));
        table.addCell(cell("Tiêu chí", true));
        template.levels().forEach(l -> table.addCell(cell(l.position() + ". " + l.labelVi(), true)));
        for (TemplateDetail.Area area : template.areas()) {
            if (template.areas().size() > 1) {
                PdfPCell heading = cell(area.nameVi(), true);
                heading.setColspan(2 + template.levels().size());
                heading.setHorizontalAlignment(Element.ALIGN_LEFT);
                table.addCell(heading);
            }
            for (TemplateDetail.Criterion c : area.criteria()) {
                table.addCell(cell(String.valueOf(c.position()), false));
                PdfPCell text = cell(c.textVi() + (c.optional() ? " (nếu có)" : ""), false);
                text.setHorizontalAlignment(Element.ALIGN_LEFT);
                table.addCell(text);
                template.levels().forEach(l -> table.addCell(cell("", false)));
            }
        }
        pdf.add(table);
        pdf.add(new Paragraph("Ý kiến khác: ………………………………………………………………………………………………",
                PdfRenderer.font(false, false, 12)));
        pdf.add(new Paragraph("……………………………………………………………………………………………………………",
                PdfRenderer.font(false, false, 12)));
        pdf.add(centered("Xin trân trọng cảm ơn ông/bà!", PdfRenderer.font(false, true, 12)));
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static PdfPCell cell(String text, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(text, PdfRenderer.font(header, false, header ? 10 : 11)));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        cell.setMinimumHeight(18);
        return cell;
    }

    private static void qr(PdfContentByte canvas, String text, float x, float y, float size) {
        BitMatrix matrix = QrMatrix.of(text);
        float module = size / matrix.getWidth();
        canvas.saveState();
        canvas.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
