package vn.khaosat.base.document;

import java.util.ArrayList;
import java.util.List;

/**
 * An administrative document in the layout of Decree 30/2020/NĐ-CP: the header block (issuing body
 * left, national motto right), number and place/date line, title and subject, the body, then
 * "Nơi nhận" beside the signature block. Features build one; {@link DocxRenderer} and
 * {@link PdfRenderer} write the same content as DOCX and PDF.
 */
public record AdminDocument(
        List<String> issuingBody,
        String number,
        String placeAndDate,
        String title,
        String subject,
        List<Block> body,
        List<String> recipients,
        List<String> signatureTitle,
        String signerName) {

    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** A piece of the body. */
    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /** A numbered heading such as "I. MỤC ĐÍCH, YÊU CẦU" or "1. Mục đích". */
    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text, boolean italic) implements Block {
    }

    public record Table(List<String> headers, List<List<String>> rows) implements Block {
    }

    /** Collects the body in reading order. */
    public static final class Body {
        private final List<Block> blocks = new ArrayList<>();

        public Body heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        public Body paragraph(String text) {
            blocks.add(new Paragraph(text, false));
            return this;
        }

        public Body italic(String text) {
            blocks.add(new Paragraph(text, true));
            return this;
        }

        /** One paragraph per line of a multi-line text. */
        public Body lines(String text) {
            text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(this::paragraph);
            return this;
        }

        public Body table(List<String> headers, List<List<String>> rows) {
            blocks.add(new Table(List.copyOf(headers), rows.stream().map(List::copyOf).toList()));
            return this;
        }

        public List<Block> blocks() {
            return List.copyOf(blocks);
        }
    }
}
