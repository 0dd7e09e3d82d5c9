package vn.khaosat.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.khaosat.base.document.AdminDocument;
import vn.khaosat.base.document.DocxRenderer;
import vn.khaosat.base.document.PdfRenderer;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.cycle.PeriodResults;
import vn.khaosat.cycle.PublishedPeriod;
import vn.khaosat.cycle.ResultsDocumentTable;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.PlanContent;

/**
 * The report with the structure of source 000 (Báo cáo kết quả khảo sát, Thị trấn Bình Dương,
 * 6 tháng đầu năm 2024) in the Decree 30/2020 layout; the figures are the published snapshot.
 */
final class ReportDocument {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * @param sentOn the day the report was sent, or null (the date line is then left to fill in)
     */
    record Content(String communeName, String parentName, PlanContent plan, PublishedPeriod published,
            Narrative narrative, LocalDate sentOn) {
    }

    private ReportDocument() {
    }

    static byte[] docx(Content content) {
        return DocxRenderer.render(build(content));
    }

    static byte[] pdf(Content content) {
        return PdfRenderer.render(build(content));
    }

    static String subject(Content c) {
        return "Kết quả khảo sát mức độ hài lòng của người dân, tổ chức đối với dịch vụ hành chính công tại Bộ phận "
                + "Tiếp nhận và Trả kết quả của Ủy ban nhân dân " + lower(c.communeName()) + " " + c.published().periodName();
    }

    static AdminDocument build(Content c) {
        PeriodResults r = c.published().results();
        String commune = lower(c.communeName());
        PlanContent plan = c.plan();
        String planRef = "Kế hoạch số " + (plan.number().isBlank() ? "…" : plan.number())
                + (plan.date() == null ? "" : " ngày " + date(plan.date()));
        List<String> criteria = r.fields().isEmpty() ? List.of()
                : r.fields().get(0).criteria().stream().map(PeriodResults.CriterionResult::text).toList();

        AdminDocument.Body body = new AdminDocument.Body()
                .paragraph("Thực hiện " + planRef + " về khảo sát mức độ hài lòng của người dân, tổ chức đối với dịch vụ "
                        + "hành chính công tại Bộ phận Tiếp nhận và Trả kết quả của Ủy ban nhân dân " + commune + ".")
                .paragraph("Ủy ban nhân dân " + commune + " báo cáo kết quả khảo sát mức độ hài lòng của người dân, tổ "
                        + "chức đối với dịch vụ hành chính công tại Bộ phận Tiếp nhận và Trả kết quả "
                        + c.published().periodName() + " như sau:")
                .heading("I. KẾT QUẢ THỰC HIỆN")
                .heading("1. Đối tượng khảo sát")
                .paragraph("Đối tượng được khảo sát là các cơ quan, đơn vị, tổ chức, cá nhân đến giao dịch thủ tục hành "
                        + "chính tại Bộ phận Tiếp nhận và Trả kết quả.")
                .heading("2. Nội dung khảo sát")
                .paragraph("Nội dung khảo sát bao gồm " + "%02d".formatted(criteria.size()) + " tiêu chí: "
                        + String.join("; ", criteria) + ".")
                .heading("3. Hình thức khảo sát lấy ý kiến")
                .paragraph("Số liệu từ ngày " + date(r.from()) + " đến hết ngày " + date(r.to()) + ", lấy ý kiến bằng "
                        + "các hình thức: " + channels(r) + ".")
                .paragraph("- Số phiếu phát ra:");
        r.fields().forEach(f -> body.paragraph("+ " + f.fieldName() + ": " + f.formsIssued() + " phiếu"));
        body.paragraph("- Số phiếu thu vào:");
        r.fields().forEach(f -> body.paragraph("+ " + f.fieldName() + ": " + f.responses() + " phiếu"));
        body.heading("4. Kết quả khảo sát");
        if (r.responses() == 0) {
            body.paragraph("Trong kỳ không có ý kiến khảo sát nào.");
        } else {
            body.table(ResultsDocumentTable.headers(r), ResultsDocumentTable.rows(r))
                    .paragraph("Tỷ lệ hài lòng chung: " + ResultsDocumentTable.percent(r.overallRate()) + ".");
        }
        body.heading("II. ĐÁNH GIÁ CHUNG")
                .heading("1. Ưu điểm").lines(text(c.narrative().strengths()))
                .heading("2. Khó khăn, tồn tại, hạn chế").lines(text(c.narrative().difficulties()))
                .heading("III. NHIỆM VỤ TRONG THỜI GIAN TỚI").lines(text(c.narrative().nextTasks()))
                .paragraph("Trên đây là báo cáo kết quả khảo sát mức độ hài lòng " + c.published().periodName()
                        + " của người dân, tổ chức đối với dịch vụ hành chính công tại Bộ phận Tiếp nhận và Trả kết quả "
                        + "của Ủy ban nhân dân " + commune + "./.");

        List<String> signer = new ArrayList<>(List.of(plan.signerTitle().onBehalfOf().split("\n")));
        signer.add(plan.signerTitle().title());
        LocalDate on = c.sentOn();
        String placeAndDate = on == null ? plan.placeName() + ", ngày … tháng … năm " + c.published().publicationDate().getYear()
                : "%s, ngày %02d tháng %02d năm %d".formatted(plan.placeName(), on.getDayOfMonth(), on.getMonthValue(),
                        on.getYear());
        return new AdminDocument(List.of("ỦY BAN NHÂN DÂN", c.communeName().toUpperCase(VIETNAMESE)), "Số: …/BC-UBND",
                placeAndDate, "BÁO CÁO", subject(c), body.blocks(),
                List.of("- Ủy ban nhân dân " + lower(c.parentName()) + " (qua Phòng Nội vụ);", "- Lưu: VT."), signer,
                plan.signerName());
    }

    private static String channels(PeriodResults r) {
        Map<String, Integer> total = new TreeMap<>();
        r.fields().forEach(f -> f.responsesByChannel().forEach((ch, n) -> total.merge(ch, n, Integer::sum)));
        if (total.isEmpty()) {
            return "không có";
        }
        return total.keySet().stream().map(ch -> switch (Channel.valueOf(ch)) {
            case KIOSK -> "đánh giá trên kiosk tại Bộ phận Tiếp nhận và Trả kết quả";
            case ONLINE -> "khảo sát trực tuyến qua đường dẫn, mã QR";
            case PAPER -> "gửi phiếu đánh giá cho tổ chức, cá nhân đến giao dịch";
            case SUGGESTION_BOX -> "hộp thư góp ý";
        }).collect(Collectors.joining("; "));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "…" : value;
    }

    static String lower(String unitName) {
        return unitName == null || unitName.isEmpty() ? "" : Character.toLowerCase(unitName.charAt(0)) + unitName.substring(1);
    }

    private static String date(LocalDate day) {
        return "%02d/%02d/%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
