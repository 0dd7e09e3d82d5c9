package vn.khaosat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.training.ui.TrainingClockView;

/**
 * A commune's year in a real browser, as its people live it: Tây Xuân's staff drafts the 2024 plan,
 * the chairman returns it once and then approves it; citizens answer at the kiosk, online and on
 * paper, the rest comes through the API; dossier counts come from the one-stop system's CSV file;
 * the trainer's clock moves to each cut-off and 28th; staff finalise and review, the chairman
 * approves, the results are published and shown on the public page; the first quarter's report
 * goes to the district, is returned, revised and approved; the district dashboard shows the grade.
 * Every step is saved as a screenshot (target/screenshots/journey-*), and axe-core checks the main
 * pages for serious and critical accessibility violations.
 */
class YearJourneyIT extends BrowserTest {

    static final String PASSWORD = "demo1234";
    static final String QUESTION = "Ông/bà vừa giải quyết thủ tục thuộc lĩnh vực nào?";

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;

    final Map<String, List<Axe.Violation>> accessibility = new LinkedHashMap<>();
    int step;
    String kioskToken;

    @BeforeEach
    void theFifthOfJanuary2024() {
        TestClock.set(2024, 1, 5, 9, 0);
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void a_communes_year_from_its_plan_to_the_district_approving_its_first_quarter() throws Exception {
        open("/login");
        waitForText("Tên đăng nhập");
        check("login");
        shot("login");

        draftReturnAndApproveThePlan();
        clock("Chuyển tới", "06/01/2024 09:00"); // the approved plan is issued; its campaign starts
        collectResponses();
        importDossiers();

        publishMonth("01/2024", "28/01/2024", true);
        open("/cong-khai/TX");
        waitForText("Tải thông báo niêm yết (PDF)");
        wait.until(d -> !d.findElements(By.cssSelector(".chart canvas")).isEmpty());
        assertThat(body()).contains("tháng 1/2024", "26 phiếu", "Tư pháp – hộ tịch", "Văn hóa – xã hội",
                "Thời gian giải quyết");
        check("public results");
        shot("public-results");

        apiResponses(6, "TP-HT");
        publishMonth("02/2024", "28/02/2024", false);
        apiResponses(6, "VHXH");
        publishMonth("03/2024", "28/03/2024", false);

        reportTheFirstQuarter();

        // axe-core ran on every page the issue lists; none has a serious or critical violation
        assertThat(accessibility).containsKeys("login", "kiosk", "online form", "public results", "task inbox",
                "plan editor", "plan review", "period review", "district dashboard", "paper entry", "training clock");
        System.out.println("axe-core " + Axe.VERSION + ", all impacts:\n" + Axe.describe(accessibility));
        assertThat(Axe.describe(seriousOrCritical())).isEmpty();
    }

    private void draftReturnAndApproveThePlan() throws Exception {
        login("canbo.tx", PASSWORD);
        waitForText("Việc của tôi");
        check("task inbox");
        open("/plans");
        waitForText("Lập kế hoạch mới");
        type("Năm", "2024");
        clickButton("Lập kế hoạch mới");
        waitForText("Soạn kế hoạch khảo sát năm 2024 – Xã Tây Xuân");
        type("Số kế hoạch", "05/KH-UBND");
        type("Ngày ban hành", "05/01/2024");
        // every field is ticked in a new plan; Tây Xuân surveys three of them (source 004)
        for (String field : new String[] {"Lao động – thương binh và xã hội", "Chứng thực", "Kinh tế"}) {
            click("//vaadin-checkbox[label[normalize-space()='" + field + "']]//input");
        }
        // the kiosk is ticked in a new plan; Tây Xuân also surveys online and on paper
        for (String channel : new String[] {"Trực tuyến", "Phiếu giấy"}) {
            click("//vaadin-checkbox[label[normalize-space()='" + channel + "']]//input");
        }
        waitForText("28/03/2024");
        check("plan editor");
        shot("plan-draft");
        clickButton("Trình lãnh đạo duyệt");
        waitForText("Đã trình lãnh đạo duyệt");
        logout();

        login("chutich.tx", PASSWORD);
        openTask("Duyệt kế hoạch");
        waitForText("Duyệt kế hoạch khảo sát năm 2024 – Xã Tây Xuân");
        type("Ý kiến khi trả lại", "Ghi số kế hoạch theo sổ văn bản: 07/KH-UBND");
        clickButton("Trả lại để sửa");
        waitForText("Đã trả lại kế hoạch");
        shot("plan-returned");
        logout();

        login("canbo.tx", PASSWORD);
        openTask("Soạn kế hoạch");
        waitForText("Ghi số kế hoạch theo sổ văn bản: 07/KH-UBND");
        type("Số kế hoạch", "07/KH-UBND");
        clickButton("Trình lãnh đạo duyệt");
        waitForText("Đã trình lãnh đạo duyệt");
        logout();

        login("chutich.tx", PASSWORD);
        openTask("Duyệt kế hoạch");
        waitForText("07/KH-UBND");
        check("plan review");
        shot("plan-approve");
        byte[] pdf = download("Tải văn bản (PDF)");
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        clickButton("Duyệt và ban hành");
        waitForText("Đã duyệt; kế hoạch đang được ban hành");
        logout();
    }

    /** Two citizens at the kiosk, one online on a phone, three paper forms typed in by keyboard, the rest by API. */
    private void collectResponses() throws Exception {
        login("canbo.tx", PASSWORD);
        waitForText("Việc của tôi");
        open("/kiosks");
        type("Tên thiết bị", "Kiosk quầy một cửa");
        clickButton("Đăng ký kiosk");
        wait.until(d -> !d.findElements(By.xpath("//vaadin-dialog-overlay//a[contains(@href, '/kiosk/')]")).isEmpty());
        String address = driver.findElement(By.xpath("//vaadin-dialog-overlay//a[contains(@href, '/kiosk/')]"))
                .getAttribute("href");
        kioskToken = address.substring(address.lastIndexOf('/') + 1);
        shot("kiosk-registered");
        clickButton("Đóng");
        logout();

        driver.manage().window().setSize(new Dimension(1280, 800));
        for (int citizen = 0; citizen < 2; citizen++) {
            open("/kiosk/" + kioskToken);
            waitForText(QUESTION);
            if (citizen == 0) {
                check("kiosk");
            }
            clickButton("Tư pháp – hộ tịch");
            for (int criterion = 1; criterion <= 4; criterion++) {
                waitForText(criterion + ". ");
                clickButton(criterion % 2 == 0 ? "Hài lòng" : "Rất hài lòng");
            }
            clickButton("Gửi đánh giá");
            waitForText("Xin cảm ơn ông/bà!");
        }
        shot("kiosk-thanks");

        driver.manage().window().setSize(new Dimension(390, 844));
        open("/khao-sat/TX");
        waitForText(QUESTION);
        check("online form");
        clickButton("Văn hóa – xã hội");
        for (int criterion = 1; criterion <= 4; criterion++) {
            waitForText(criterion + ". ");
            clickButton("Hài lòng");
        }
        clickButton("Gửi đánh giá");
        waitForText("Xin cảm ơn ông/bà!");
        shot("online-phone");
        driver.manage().window().setSize(new Dimension(1366, 900));

        apiResponses(10, "TP-HT");
        apiResponses(10, "VHXH");

        // paper: the forms are issued (printed with serials), then typed in without the mouse
        login("canbo.tx", PASSWORD);
        waitForText("Việc của tôi");
        open("/paper");
        waitForText("Số phiếu phát ra và thu vào theo lĩnh vực");
        clickButton("Phát phiếu và in");
        waitForText("Tải phiếu để in (PDF)");
        click("//vaadin-text-field[label[normalize-space()='Số phiếu']]//input");
        String[][] forms = {{"TX-2024-00001", "1121"}, {"TX-2024-00002", "2222"}, {"TX-2024-00003", "1212"}};
        for (String[] form : forms) {
            WebElement serial = driver.switchTo().activeElement();
            serial.sendKeys(form[0], Keys.TAB);
            driver.switchTo().activeElement().sendKeys(form[1], Keys.ENTER);
            waitForText("Đã lưu phiếu " + form[0]);
        }
        check("paper entry");
        shot("paper-entry");
        logout();
    }

    private void importDossiers() throws Exception {
        Path csv = Files.createTempFile("ho-so-mot-cua", ".csv");
        Files.writeString(csv, "Tháng,Lĩnh vực,Số hồ sơ\n01/2024,TP-HT,20\n01/2024,VHXH,15\n01/2024,DC-XD-MT,4\n"
                + "02/2024,TP-HT,18\n02/2024,VHXH,12\n03/2024,TP-HT,22\n03/2024,VHXH,10\n", StandardCharsets.UTF_8);
        login("canbo.tx", PASSWORD);
        waitForText("Việc của tôi");
        open("/dossiers");
        waitForText("Nhập từ tệp của hệ thống một cửa");
        driver.findElement(By.tagName("vaadin-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(csv.toAbsolutePath().toString());
        waitForText("Đã đọc 7 dòng, đã nhập 7 dòng, 0 dòng lỗi.");
        shot("dossiers-imported");
        logout();
    }

    /** The month's cycle: to its cut-off, finalised, aggregated, reviewed, approved, published at 08:00 on the 28th. */
    private void publishMonth(String month, String publicationDate, boolean look) throws Exception {
        clock("Đến kỳ chốt số liệu tiếp theo", null);
        login("canbo.tx", PASSWORD);
        openTask("Chốt số liệu");
        waitForText("Chốt số liệu kỳ công bố " + publicationDate + " – Xã Tây Xuân");
        if (look) {
            shot("cycle-finalise");
        }
        clickButton("Xác nhận chốt số liệu");
        waitForText("Đã chốt số liệu; hệ thống đang tổng hợp");
        logout();
        clock("Chuyển tới", null); // the aggregation runs
        login("canbo.tx", PASSWORD);
        openTask("Xem xét kết quả, viết đánh giá");
        waitForText("Xem xét kết quả kỳ công bố " + publicationDate);
        type("Ưu điểm", "Cán bộ tận tình, trả kết quả đúng hẹn (" + month + ")");
        if (look) {
            check("period review");
            shot("cycle-review");
        }
        clickButton("Trình lãnh đạo duyệt");
        waitForText("Đã trình lãnh đạo duyệt");
        logout();
        login("chutich.tx", PASSWORD);
        openTask("Duyệt công bố");
        waitForText("Cán bộ tận tình, trả kết quả đúng hẹn (" + month + ")");
        clickButton("Duyệt công bố");
        waitForText("Đã duyệt; kết quả sẽ được công bố lúc 08:00 ngày 28");
        logout();
        clock("Đến 08:00 ngày 28 tiếp theo", publicationDate + " 08:00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM period_cycle WHERE commune_code = 'TX' "
                + "AND publication_date = STR_TO_DATE(?, '%d/%m/%Y') AND published_at IS NOT NULL", Integer.class,
                publicationDate)).isOne();
    }

    private void reportTheFirstQuarter() throws Exception {
        login("canbo.tx", PASSWORD);
        openTask("Chuẩn bị báo cáo");
        waitForText("Chuẩn bị báo cáo quý I/2024 – Xã Tây Xuân");
        waitForText("I. KẾT QUẢ THỰC HIỆN");
        shot("report-prepare");
        clickButton("Trình lãnh đạo ký");
        waitForText("Đã trình lãnh đạo ký");
        logout();
        login("chutich.tx", PASSWORD);
        openTask("Ký, gửi báo cáo");
        clickButton("Ký và gửi cấp trên");
        waitForText("Đã gửi báo cáo lên cấp trên");
        logout();

        login("noivu.ts", PASSWORD);
        openTask("Xem xét báo cáo");
        waitForText("Xem xét báo cáo quý I/2024 – Xã Tây Xuân");
        shot("report-review");
        clickButton("Trả lại");
        waitForText("Hãy ghi ý kiến khi trả lại báo cáo");
        type("Ý kiến khi trả lại", "Nêu số hồ sơ lĩnh vực địa chính chưa có phiếu");
        clickButton("Trả lại");
        waitForText("Đã trả lại báo cáo cho xã");
        logout();

        login("canbo.tx", PASSWORD);
        openTask("Chỉnh sửa báo cáo");
        waitForText("Cấp trên trả lại với ý kiến: Nêu số hồ sơ lĩnh vực địa chính chưa có phiếu");
        type("Khó khăn, tồn tại, hạn chế", "Lĩnh vực địa chính: 4 hồ sơ, chưa thu được phiếu nào");
        clickButton("Trình lãnh đạo ký");
        waitForText("Đã trình lãnh đạo ký");
        logout();
        login("chutich.tx", PASSWORD);
        openTask("Ký, gửi báo cáo");
        waitForText("Lĩnh vực địa chính: 4 hồ sơ, chưa thu được phiếu nào");
        clickButton("Ký và gửi cấp trên");
        waitForText("Đã gửi báo cáo lên cấp trên");
        logout();

        login("noivu.ts", PASSWORD);
        openTask("Xem xét báo cáo");
        clickButton("Chấp thuận báo cáo");
        waitForText("Đã chấp thuận báo cáo");
        open("/district");
        waitForText("Theo dõi các xã");
        waitForText("Đã chấp thuận");
        wait.until(d -> !d.findElements(By.cssSelector(".chart canvas")).isEmpty());
        assertThat(body()).contains("Xã Tây Xuân", "Đã chấp thuận", "Xuất sắc", "Bảng tổng hợp các xã");
        check("district dashboard");
        shot("district-dashboard");
        logout();
    }

    /** The trainer (admin) presses a button of the training clock; checks where the clock went. */
    private void clock(String button, String expected) throws Exception {
        login("admin", PASSWORD);
        waitForText("Việc của tôi");
        open("/" + TrainingClockView.ROUTE);
        waitForText("Thời gian của hệ thống:");
        if (button.equals("Chuyển tới")) {
            type("Số ngày", "1");
        }
        String before = text("//p[starts-with(normalize-space(), 'Thời gian của hệ thống:')]");
        clickButton(button);
        wait.until(d -> !text("//p[starts-with(normalize-space(), 'Thời gian của hệ thống:')]").equals(before));
        if (expected != null) {
            waitForText("Thời gian của hệ thống: " + expected);
        }
        if (!accessibility.containsKey("training clock")) {
            check("training clock");
            shot("training-clock");
        }
        logout();
    }

    private void apiResponses(int count, String field) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < count; i++) {
            String body = "{\"fieldCode\":\"" + field + "\",\"clientId\":\"" + UUID.randomUUID() + "\",\"answers\":["
                    + "{\"criterion\":1,\"level\":1},{\"criterion\":2,\"level\":" + (i % 2 + 1) + "},"
                    + "{\"criterion\":3,\"level\":2},{\"criterion\":4,\"level\":1}]}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/v1/responses")).header("Content-Type", "application/json").header("X-Kiosk-Token", kioskToken)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }
    }

    /** Fetches a download link of the page with the browser's session. */
    private byte[] download(String linkText) throws Exception {
        String href = driver.findElement(By.xpath("//a[normalize-space()='" + linkText + "']")).getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void openTask(String name) {
        waitForText(name);
        click("//vaadin-grid-cell-content[normalize-space()='" + name + "']/following::vaadin-button[normalize-space()='Mở'][1]");
    }

    private void check(String page) throws Exception {
        waitForOverlaysClosed();
        accessibility.put(page, Axe.check(driver));
    }

    private Map<String, List<Axe.Violation>> seriousOrCritical() {
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        accessibility.forEach((page, violations) -> {
            List<Axe.Violation> serious = violations.stream().filter(Axe.Violation::seriousOrCritical).toList();
            if (!serious.isEmpty()) {
                found.put(page, serious);
            }
        });
        return found;
    }

    private void shot(String name) throws Exception {
        screenshot("journey-%02d-%s".formatted(++step, name));
    }

    private String body() {
        return driver.findElement(By.tagName("body")).getText();
    }

    private String text(String xpath) {
        return driver.findElements(By.xpath(xpath)).stream().map(WebElement::getText).findFirst().orElse("");
    }
}
