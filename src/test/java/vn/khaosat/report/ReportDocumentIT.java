package vn.khaosat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import vn.khaosat.Source000;
import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.plan.Publication;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.RunningCampaign;

/** The six-month report of source 000 rebuilt from its responses: DOCX, PDF and XLSX. */
@SpringTest
class ReportDocumentIT {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    CampaignService campaignService;
    @Autowired
    PublicationService publications;
    @Autowired
    JdbcTemplate jdbc;

    ReportDocument.Content content;

    @BeforeEach
    void sixMonthsOfBinhDuongPublished() {
        TestClock.set(2024, 1, 5, 9, 0);
        campaigns.run("BD", "TT4-3M", Set.of(Channel.PAPER));
        RunningCampaign campaign = campaignService.runningCampaign("BD", 2024).orElseThrow();
        Source000.insert(jdbc, campaign);
        Publication june = PublicationCalendar.publishing(PublicationCalendar.of(2024, 14), PeriodType.SIX_MONTHS).get(0);
        TestClock.set(june.publishAt());
        publications.publish("BD", 2024, june, false);
        content = new ReportDocument.Content("Thị trấn Bình Dương", "Huyện Tây Sơn",
                campaignService.planOfCampaign(campaign.id()), publications.published("BD", "2024-H1").orElseThrow(),
                new Narrative("Việc khảo sát được tổ chức thường xuyên hàng năm.\nĐảm bảo tính khách quan, đúng đối tượng.",
                        "Địa bàn khảo sát rộng; một số trường hợp e ngại, sợ liên lụy.",
                        "Nâng cao trách nhiệm trong thực thi công vụ.\nTăng cường ứng dụng công nghệ thông tin."),
                LocalDate.of(2024, 7, 12));
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void the_docx_has_the_structure_and_every_number_of_source_000() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(ReportDocument.docx(content)))) {
            List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            // the header block (issuer, motto, place and date) is a borderless table
            String all = String.join("\n", paragraphs) + "\n"
                    + String.join("\n", docx.getTables().stream().map(XWPFTable::getText).toList());
            assertThat(all).contains("BÁO CÁO", "Kết quả khảo sát mức độ hài lòng của người dân, tổ chức đối với dịch vụ "
                    + "hành chính công tại Bộ phận Tiếp nhận và Trả kết quả của Ủy ban nhân dân thị trấn Bình Dương 6 tháng "
                    + "đầu năm 2024", "Thực hiện Kế hoạch số 07/KH-UBND", "I. KẾT QUẢ THỰC HIỆN", "1. Đối tượng khảo sát",
                    "2. Nội dung khảo sát", "Nội dung khảo sát bao gồm 04 tiêu chí: Thời gian giải quyết; Thái độ của cán bộ "
                    + "tiếp nhận hồ sơ; Kết quả giải quyết; Đánh giá chung về quá trình giải quyết TTHC.",
                    "3. Hình thức khảo sát lấy ý kiến", "+ Tư pháp – hộ tịch: 200 phiếu", "+ Văn hóa – xã hội: 30 phiếu",
                    "+ Địa chính – xây dựng – môi trường: 50 phiếu", "4. Kết quả khảo sát", "II. ĐÁNH GIÁ CHUNG", "1. Ưu điểm",
                    "Đảm bảo tính khách quan, đúng đối tượng.", "2. Khó khăn, tồn tại, hạn chế",
                    "III. NHIỆM VỤ TRONG THỜI GIAN TỚI", "Tăng cường ứng dụng công nghệ thông tin.",
                    "Bình Dương, ngày 12 tháng 07 năm 2024");
            XWPFTable results = docx.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT")).findFirst().orElseThrow();
            assertThat(cells(results.getRow(0))).containsExactly("STT", "Bộ phận được đánh giá", "Nội dung đánh giá",
                    "Rất hài lòng", "Hài lòng", "Không hài lòng", "Ghi chú");
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i < results.getNumberOfRows(); i++) {
                rows.add(cells(results.getRow(i)));
            }
            assertTable(rows);
        }
    }

    @Test
    void the_pdf_reads_in_vietnamese_with_the_headings_and_the_forms() throws Exception {
        String text;
        try (PdfReader reader = new PdfReader(ReportDocument.pdf(content))) {
            StringBuilder all = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            text = all.toString().replaceAll("\\s+", " ");
        }
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN",
                "II. ĐÁNH GIÁ CHUNG", "III. NHIỆM VỤ TRONG THỜI GIAN TỚI", "6 tháng đầu năm 2024",
                "Tư pháp – hộ tịch: 200 phiếu", "Địa chính – xây dựng – môi trường: 50 phiếu", "Rất hài lòng", "Không hài lòng",
                "Thái độ của cán bộ tiếp nhận hồ sơ", "Nơi nhận", "(qua Phòng Nội vụ)");
        for (Source000.Row row : Source000.rows()) {
            assertThat(text).contains(row.verySatisfied() + " " + row.satisfied() + " " + row.dissatisfied());
        }
    }

    @Test
    void the_xlsx_holds_the_table_as_numbers() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportSpreadsheet.results(content)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("6 tháng đầu năm 2024");
            List<List<String>> rows = new ArrayList<>();
            for (int r = 3; r < 3 + Source000.rows().size(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 7; c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> String.valueOf((int) cell.getNumericCellValue());
                        default -> cell.getStringCellValue();
                    });
                }
                rows.add(cells);
            }
            assertTable(rows);
            assertThat(sheet.getRow(3).getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        }
    }

    /** Every criterion of every field, with source 000's three counts, in the table's order. */
    private static void assertTable(List<List<String>> rows) {
        List<Source000.Row> expected = Source000.rows();
        assertThat(rows).hasSize(expected.size());
        String field = null;
        for (int i = 0; i < expected.size(); i++) {
            List<String> row = rows.get(i);
            if (!row.get(1).isEmpty()) {
                field = row.get(1);
            }
            Source000.Row want = expected.get(i);
            // our field list names the land field in full: "Địa chính – xây dựng – môi trường"
            assertThat(field).startsWith(want.field());
            assertThat(row.subList(2, 6)).as(want.field() + " / " + want.criterion()).containsExactly(want.criterion(),
                    String.valueOf(want.verySatisfied()), String.valueOf(want.satisfied()),
                    String.valueOf(want.dissatisfied()));
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }
}
