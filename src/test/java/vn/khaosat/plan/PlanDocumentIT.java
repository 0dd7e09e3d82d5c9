package vn.khaosat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.io.ByteArrayInputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestClock;

/** The issued plan of Xã Tây Xuân 2024 opened as DOCX and PDF: the structure and dates of source 004. */
@SpringTest
class PlanDocumentIT {

    @Autowired
    CampaignService campaigns;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    PlanService plans;
    @Autowired
    TemplateService templates;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    long planId;

    @BeforeEach
    void issueThePlan() {
        BpmnAwareTests.init(engine);
        TestClock.set(PlanFixtures.JAN_5_2024);
        Login.as(users, "canbo.tx");
        String draftTask = plans.startDraft(2024);
        PlanView draft = plans.planOfTask(draftTask);
        plans.submit(draftTask, draft.version(), PlanFixtures.tayXuan2024(draft, templates));
        ProcessInstance plan = runtime.createProcessInstanceQuery().processInstanceBusinessKey("plan-2024-TX").singleResult();
        Login.as(users, "chutich.tx");
        String approveTask = tasks.createTaskQuery().processInstanceId(plan.getId()).singleResult().getId();
        plans.approve(approveTask, plans.planOfTask(approveTask).version());
        execute(job(plan));
        planId = draft.id();
    }

    @AfterEach
    void cleanUp() {
        PlanFixtures.deleteAll(runtime, jdbc, campaigns);
        Login.out();
    }

    @Test
    void the_docx_has_the_structure_dates_and_numbers_of_the_plan() throws Exception {
        String text;
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(plans.docx(planId)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            text = extractor.getText();
        }
        assertStructure(text);
    }

    @Test
    void the_pdf_has_the_same_text_with_every_vietnamese_glyph() throws Exception {
        PdfReader reader = new PdfReader(plans.pdf(planId));
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        assertStructure(text.toString().replaceAll("\\s+", " "));
    }

    @Test
    void the_documents_are_kept_under_target_for_a_person_to_look_at() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
        java.nio.file.Files.write(dir.resolve("ke-hoach-2024-tx.pdf"), plans.pdf(planId));
        java.nio.file.Files.write(dir.resolve("ke-hoach-2024-tx.docx"), plans.docx(planId));
        assertThat(dir.resolve("ke-hoach-2024-tx.pdf")).exists();
    }

    @Test
    void the_stored_document_is_the_one_issued() {
        byte[] first = plans.pdf(planId);
        assertThat(plans.pdf(planId)).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_plan_document WHERE plan_id = ?", Integer.class, planId))
                .isEqualTo(1);
    }

    private static void assertStructure(String raw) {
        String text = raw.replaceAll("\\s+", " ");
        assertThat(text).contains(
                "ỦY BAN NHÂN DÂN", "XÃ TÂY XUÂN",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 05/KH-UBND", "Tây Xuân, ngày 12 tháng 01 năm 2024",
                "KẾ HOẠCH",
                "Tổ chức đánh giá mức độ hài lòng của người dân, tổ chức đối với dịch vụ hành chính công",
                "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu",
                "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN",
                "Tư pháp – hộ tịch", "Văn hóa – xã hội", "Địa chính – xây dựng – môi trường",
                "Thời gian giải quyết", "Thái độ của cán bộ tiếp nhận hồ sơ", "Rất hài lòng",
                "28/3/2024", "28/6/2024", "28/9/2024", "28/12/2024",
                "15/12/2023", "14/3/2024",
                "trên 80% tổng số hồ sơ giải quyết",
                "Phòng Nội vụ huyện Tây Sơn",
                "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Hùng");
    }
}
