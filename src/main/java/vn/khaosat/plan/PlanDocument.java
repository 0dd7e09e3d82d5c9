package vn.khaosat.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.khaosat.base.document.AdminDocument;
import vn.khaosat.base.document.DocxRenderer;
import vn.khaosat.base.document.PdfRenderer;

/** The plan as an administrative document with the structure of source 004 (Kế hoạch, Xã Tây Xuân 2024). */
final class PlanDocument {

    /** Short dates as the documents write them: 28/3/2024. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

    record Content(PlanView plan, TemplateDetail template) {
    }

    private PlanDocument() {
    }

    static byte[] docx(Content content) {
        return DocxRenderer.render(build(content));
    }

    static byte[] pdf(Content content) {
        return PdfRenderer.render(build(content));
    }

    static AdminDocument build(Content content) {
        PlanView plan = content.plan();
        PlanContent c = plan.content();
        String commune = PlanDefaults.lower(plan.communeName());
        String subject = "Tổ chức đánh giá mức độ hài lòng của người dân, tổ chức đối với dịch vụ hành chính công "
                + "tại Bộ phận Tiếp nhận và Trả kết quả năm " + plan.year();

        AdminDocument.Body body = new AdminDocument.Body()
                .paragraph(c.legalBasis() + " Ủy ban nhân dân " + commune + " ban hành Kế hoạch tổ chức đánh giá mức độ "
                        + "hài lòng của người dân, tổ chức đối với dịch vụ hành chính công tại Bộ phận Tiếp nhận và Trả "
                        + "kết quả của Ủy ban nhân dân " + commune + " năm " + plan.year() + " như sau:")
                .heading("I. MỤC ĐÍCH, YÊU CẦU")
                .heading("1. Mục đích").lines(c.purposes())
                .heading("2. Yêu cầu").lines(c.requirements())
                .heading("II. NỘI DUNG")
                .heading("1. Khảo sát các lĩnh vực tiếp nhận tại Bộ phận Tiếp nhận và Trả kết quả")
                .paragraph("Các lĩnh vực: " + plan.fields().stream().map(FieldView::nameVi)
                        .collect(Collectors.joining("; ")) + ".")
                .paragraph("a) Thời gian thực hiện: Năm " + plan.year() + ".")
                .paragraph("b) Nội dung khảo sát: phiếu \"" + content.template().nameVi() + "\"" + criteriaSentence(content.template()))
                .paragraph("c) Cách thức thực hiện:");
        c.channels().stream().sorted().forEach(channel -> body.paragraph("- " + channelSentence(channel)));
        body.paragraph("- Bộ phận Văn phòng - Thống kê tổ chức thống kê kết quả mức độ hài lòng để tổng hợp báo cáo kết "
                + "quả khảo sát, đánh giá ít nhất 1 lần/tháng.");

        List<Publication> calendar = plan.calendar();
        body.paragraph("d) Công bố kết quả khảo sát (số liệu của mỗi kỳ tính đến hết ngày " + c.cutOffDay()
                + " của tháng cuối kỳ):")
                .paragraph("+ Định kỳ hàng tháng: Vào ngày 28 hàng tháng; định kỳ hàng quý: Vào ngày "
                        + date(calendar, PeriodType.QUARTER_I) + ", " + date(calendar, PeriodType.QUARTER_III)
                        + " UBND công bố kết quả khảo sát Quý I, Quý III/" + plan.year()
                        + " của cơ quan và niêm yết công khai tại Bộ phận Tiếp nhận và Trả kết quả;")
                .paragraph("+ Định kỳ 06 tháng, cả năm: Vào ngày " + date(calendar, PeriodType.SIX_MONTHS) + " và ngày "
                        + date(calendar, PeriodType.YEAR) + ": UBND công bố kết quả khảo sát 06 tháng và cả năm "
                        + plan.year() + " của cơ quan và niêm yết công khai tại Bộ phận Tiếp nhận và Trả kết quả.")
                .italic("Lịch công bố kết quả năm " + plan.year() + ":")
                .table(List.of("Ngày công bố", "Kỳ công bố", "Số liệu từ ngày", "Đến hết ngày"), calendarRows(calendar));

        String reported = c.reportedPeriods().stream().sorted().map(PlanDocument::periodWord)
                .collect(Collectors.joining(", "));
        body.paragraph("đ) Thực hiện chế độ thông tin, báo cáo kết quả khảo sát lấy ý kiến mức độ hài lòng trong thực "
                        + "hiện cơ chế một cửa, một cửa liên thông về Ủy ban nhân dân " + PlanDefaults.lower(plan.parentName())
                        + " (qua Phòng Nội vụ) theo đúng quy định về thời gian và hình thức; kỳ báo cáo: " + reported + ".")
                .heading("2. Số lượng ý kiến khảo sát")
                .paragraph("Số lượng ý kiến khảo sát phải đảm bảo tỷ lệ trên " + c.coverageTarget()
                        + "% tổng số hồ sơ giải quyết của từng lĩnh vực tại cơ quan trong năm.")
                .heading("III. TỔ CHỨC THỰC HIỆN")
                .paragraph("1. Lãnh đạo Ủy ban nhân dân trực tiếp chỉ đạo bộ phận chuyên môn thường xuyên theo dõi số "
                        + "lượng và kết quả đánh giá của tổ chức, cá nhân, đảm bảo số lượng khảo sát đạt yêu cầu theo quy định.")
                .paragraph("2. Bộ phận Văn hóa - Xã hội, Đài truyền thanh tổ chức các hoạt động tuyên truyền về hoạt động "
                        + "khảo sát đến các tổ chức, cá nhân có thực hiện giao dịch hành chính công đối với cơ quan.")
                .paragraph("3. Các công chức tiếp nhận hồ sơ tại Bộ phận Tiếp nhận và Trả kết quả trực tiếp hướng dẫn "
                        + "tổ chức, cá nhân tham gia khảo sát.")
                .paragraph("4. Bộ phận Văn phòng - Thống kê hướng dẫn, đôn đốc các công chức chuyên môn thực hiện khảo sát "
                        + "đúng mục đích, yêu cầu; tổng hợp, theo dõi, báo cáo kết quả khảo sát đến Ủy ban nhân dân "
                        + PlanDefaults.lower(plan.parentName()) + ".")
                .paragraph("5. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ phận chuyên môn phản ánh trực "
                        + "tiếp về Ủy ban nhân dân qua bộ phận Văn phòng - Thống kê để hướng dẫn thực hiện hoặc xem xét sửa "
                        + "đổi cho phù hợp.")
                .paragraph("Trên đây là Kế hoạch tổ chức đánh giá mức độ hài lòng của người dân, tổ chức đối với dịch vụ "
                        + "hành chính công tại Bộ phận Tiếp nhận và Trả kết quả của Ủy ban nhân dân " + commune + " năm "
                        + plan.year() + ". Ủy ban nhân dân yêu cầu cán bộ, công chức triển khai thực hiện nghiêm túc./.");

        return new AdminDocument(
                List.of("ỦY BAN NHÂN DÂN", plan.communeName().toUpperCase(VIETNAMESE)),
                "Số: " + (c.number().isBlank() ? "…/KH-UBND" : c.number()),
                placeAndDate(c.placeName(), c.date(), plan.year()),
                "KẾ HOẠCH",
                subject,
                body.blocks(),
                c.recipients().lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                signatureTitle(c.signerTitle()),
                c.signerName());
    }

    private static List<String> signatureTitle(SignerTitle title) {
        List<String> lines = new ArrayList<>(List.of(title.onBehalfOf().split("\n")));
        lines.add(title.title());
        return lines;
    }

    static String placeAndDate(String place, LocalDate date, int year) {
        if (date == null) {
            return place + ", ngày … tháng … năm " + year;
        }
        return "%s, ngày %02d tháng %02d năm %d".formatted(place, date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static List<List<String>> calendarRows(List<Publication> calendar) {
        List<List<String>> rows = new ArrayList<>();
        for (Publication publication : calendar) {
            String periods = publication.periods().stream().map(PlanDocument::capitalized).collect(Collectors.joining("; "));
            Period month = publication.periods().get(0);
            rows.add(List.of(SHORT_DATE.format(publication.date()), periods, SHORT_DATE.format(month.from()),
                    SHORT_DATE.format(month.to())));
        }
        return rows;
    }

    private static String capitalized(Period period) {
        String name = period.nameVi();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String date(List<Publication> calendar, PeriodType type) {
        return PublicationCalendar.publishing(calendar, type).stream().findFirst()
                .map(p -> SHORT_DATE.format(p.date())).orElse("");
    }

    private static String periodWord(PeriodType type) {
        return switch (type) {
            case MONTH -> "hàng tháng";
            case QUARTER_I -> "quý I";
            case SIX_MONTHS -> "6 tháng";
            case QUARTER_III -> "quý III";
            case YEAR -> "năm";
        };
    }

    private static String criteriaSentence(TemplateDetail template) {
        String levels = template.levels().stream().map(TemplateDetail.Level::labelVi).collect(Collectors.joining(", "));
        if (template.areas().size() == 1) {
            return " gồm " + template.criteria().size() + " tiêu chí: " + template.criteria().stream()
                    .map(TemplateDetail.Criterion::textVi).collect(Collectors.joining("; "))
                    + "; mức đánh giá: " + levels + ".";
        }
        return " gồm " + template.areas().size() + " nội dung, " + template.criteria().size() + " tiêu chí ("
                + template.areas().stream().map(a -> a.nameVi() + ": " + a.criteria().size() + " tiêu chí")
                        .collect(Collectors.joining("; ")) + "); mức đánh giá: " + levels + ".";
    }

    private static String channelSentence(Channel channel) {
        return switch (channel) {
            case KIOSK -> "Cán bộ, công chức tại Bộ phận Tiếp nhận và Trả kết quả hướng dẫn người dân thực hiện khảo sát "
                    + "bằng hệ thống Kiosk thông tin đặt tại Bộ phận Tiếp nhận và Trả kết quả;";
            case ONLINE -> "Khảo sát trực tuyến qua đường dẫn và mã QR in trên giấy tiếp nhận hồ sơ;";
            case PAPER -> "Phát phiếu khảo sát cho tổ chức, cá nhân đến giao dịch tại Bộ phận Tiếp nhận và Trả kết quả;";
            case SUGGESTION_BOX -> "Đặt hộp thư góp ý tại Bộ phận Tiếp nhận và Trả kết quả;";
        };
    }
}
