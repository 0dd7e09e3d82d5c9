package vn.khaosat.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import vn.khaosat.base.document.AdminDocument;
import vn.khaosat.base.document.PdfRenderer;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.PlanContent;

/**
 * The notice posted at the one-stop on the 28th (Thông báo kết quả khảo sát): the frozen figures of
 * the periods a date publishes, in the table of source 000, signed as the plan says.
 */
final class NoticeDocument {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private NoticeDocument() {
    }

    static byte[] pdf(String communeName, PlanContent plan, LocalDate publicationDate, List<PublishedPeriod> periods) {
        return PdfRenderer.render(build(communeName, plan, publicationDate, periods));
    }

    static AdminDocument build(String communeName, PlanContent plan, LocalDate publicationDate,
            List<PublishedPeriod> periods) {
        String commune = Character.toLowerCase(communeName.charAt(0)) + communeName.substring(1);
        String names = periods.stream().map(PublishedPeriod::periodName).collect(Collectors.joining(" và "));
        AdminDocument.Body body = new AdminDocument.Body()
                .paragraph("Thực hiện Kế hoạch số " + (plan.number().isBlank() ? "…" : plan.number())
                        + (plan.date() == null ? "" : " ngày " + plan.date().getDayOfMonth() + "/"
                                + plan.date().getMonthValue() + "/" + plan.date().getYear())
                        + " về khảo sát mức độ hài lòng của người dân, tổ chức đối với dịch vụ hành chính công tại Bộ phận "
                        + "Tiếp nhận và Trả kết quả, Ủy ban nhân dân " + commune + " thông báo kết quả khảo sát "
                        + names + " như sau:");
        for (PublishedPeriod period : periods) {
            PeriodResults r = period.results();
            body.heading("Kết quả " + period.periodName() + " (số liệu từ ngày " + date(r.from()) + " đến hết ngày "
                    + date(r.to()) + ")");
            if (r.responses() == 0) {
                body.paragraph("Trong kỳ không có ý kiến khảo sát nào.");
                continue;
            }
            body.paragraph("- Số phiếu phát ra: " + r.fields().stream().map(f -> f.fieldName() + ": " + f.formsIssued()
                    + " phiếu").collect(Collectors.joining("; ")) + ".");
            body.paragraph("- Số phiếu thu vào: " + r.fields().stream().map(f -> f.fieldName() + ": " + f.responses()
                    + " phiếu").collect(Collectors.joining("; ")) + " (" + channels(r) + ").");
            body.paragraph("- Tỷ lệ hài lòng chung: " + ResultsDocumentTable.percent(r.overallRate()) + ".");
            body.table(ResultsDocumentTable.headers(r), ResultsDocumentTable.rows(r));
        }
        body.paragraph("Thông báo này được niêm yết công khai tại Bộ phận Tiếp nhận và Trả kết quả và trên trang thông "
                + "tin của Ủy ban nhân dân " + commune + "./.");
        List<String> signer = new ArrayList<>(List.of(plan.signerTitle().onBehalfOf().split("\n")));
        signer.add(plan.signerTitle().title());
        return new AdminDocument(List.of("ỦY BAN NHÂN DÂN", communeName.toUpperCase(VIETNAMESE)), "Số: …/TB-UBND",
                "%s, ngày %02d tháng %02d năm %d".formatted(plan.placeName(), publicationDate.getDayOfMonth(),
                        publicationDate.getMonthValue(), publicationDate.getYear()),
                "THÔNG BÁO",
                "Kết quả khảo sát mức độ hài lòng của người dân, tổ chức đối với dịch vụ hành chính công tại Bộ phận "
                        + "Tiếp nhận và Trả kết quả " + names,
                body.blocks(), List.of("- Niêm yết tại Bộ phận TN&TKQ;", "- Lưu: VT."), signer, plan.signerName());
    }

    private static String channels(PeriodResults r) {
        Map<String, Integer> total = new java.util.TreeMap<>();
        r.fields().forEach(f -> f.responsesByChannel().forEach((c, n) -> total.merge(c, n, Integer::sum)));
        return total.entrySet().stream().map(e -> channelName(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String channelName(String channel) {
        return switch (Channel.valueOf(channel)) {
            case KIOSK -> "kiosk";
            case ONLINE -> "trực tuyến";
            case PAPER -> "phiếu giấy";
            case SUGGESTION_BOX -> "hộp thư góp ý";
        };
    }

    private static String date(LocalDate day) {
        return day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }
}
