package vn.khaosat.plan;

import java.util.EnumSet;
import java.util.Set;

/** The wording a new plan starts from: source 004 (Xã Tây Xuân, 2024), with the commune's name and year. */
final class PlanDefaults {

    static final int COVERAGE_TARGET = 80;
    static final Set<PeriodType> REPORTED_PERIODS =
            EnumSet.of(PeriodType.QUARTER_I, PeriodType.SIX_MONTHS, PeriodType.QUARTER_III, PeriodType.YEAR);

    private PlanDefaults() {
    }

    static String legalBasis(String communeName, int year) {
        return "Thực hiện Kế hoạch số …/KH-UBND ngày …/01/" + year + " của Ủy ban nhân dân " + lower(communeName)
                + " về cải cách hành chính năm " + year + ".";
    }

    static String purposes() {
        return """
                a) Giúp Ủy ban nhân dân nắm được chất lượng cung cấp dịch vụ hành chính công và năng lực, đạo đức của cán bộ, công chức (CBCC) làm việc tại Bộ phận Tiếp nhận và Trả kết quả.
                b) Thu thập ý kiến của tổ chức và người dân làm cơ sở để định hướng các giải pháp cải thiện chất lượng, hiệu quả giải quyết thủ tục hành chính và nâng cao tinh thần, thái độ phục vụ người dân, tổ chức của đội ngũ CBCC tại Bộ phận Tiếp nhận và Trả kết quả; làm cơ sở đánh giá mức độ hoàn thành nhiệm vụ của mỗi CBCC.""";
    }

    static String requirements() {
        return """
                a) Phải bảo đảm khách quan, trung thực, dân chủ và minh bạch; phản ánh đúng thực tế kết quả đánh giá của người dân, tổ chức về hoạt động cung ứng dịch vụ hành chính công tại Bộ phận Tiếp nhận và Trả kết quả để có các giải pháp khắc phục.
                b) Thực hiện khảo sát thường xuyên; định kỳ hàng tháng, hàng quý và năm bộ phận Văn phòng - Thống kê tổng hợp báo cáo kết quả khảo sát tại cơ quan và báo cáo khi có yêu cầu của cấp trên.""";
    }

    static String recipients(String parentName) {
        return """
                - Phòng Nội vụ %s;
                - TT Đảng ủy, TT HĐND;
                - Chủ tịch, PCT UBND;
                - Các ban, ngành, đoàn thể;
                - Lưu VT.""".formatted(lower(parentName));
    }

    /** "Xã Tây Xuân" → "xã Tây Xuân", as the name reads inside a sentence. */
    static String lower(String unitName) {
        return unitName == null || unitName.isEmpty() ? "" : Character.toLowerCase(unitName.charAt(0)) + unitName.substring(1);
    }

    /** "Xã Tây Xuân" → "Tây Xuân": the place on the document's date line. */
    static String placeName(String communeName) {
        for (String prefix : new String[] {"Thị trấn ", "Phường ", "Xã "}) {
            if (communeName.startsWith(prefix)) {
                return communeName.substring(prefix.length());
            }
        }
        return communeName;
    }
}
