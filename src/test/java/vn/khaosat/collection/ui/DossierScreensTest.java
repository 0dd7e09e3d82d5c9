package vn.khaosat.collection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Span;

import vn.khaosat.KaribuTest;
import vn.khaosat.TestClock;
import vn.khaosat.collection.ImportReport;

class DossierScreensTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void march2024() {
        TestClock.set(2024, 3, 20, 9, 0);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM dossier_count");
        ClockUtil.reset();
    }

    @Test
    void staff_type_a_count_and_the_coverage_screen_marks_a_field_below_target() {
        loginAndOpen("canbo.tx", "dossiers");
        DossiersView view = _get(DossiersView.class);
        _click(view.save);
        assertThat(view.field.getErrorMessage()).isEqualTo("Không được để trống");

        view.field.setValue(view.field.getListDataView().getItems().filter(f -> f.code().equals("TP-HT")).findFirst()
                .orElseThrow());
        view.count.setValue(-3);
        _click(view.save);
        assertThat(view.count.getErrorMessage()).isEqualTo("Số hồ sơ phải là số nguyên từ 0 đến 1.000.000");
        NotificationsKt.clearNotifications();

        view.count.setValue(12);
        _click(view.save);
        NotificationsKt.expectNotifications("Đã lưu");
        assertThat(jdbc.queryForObject("SELECT dossiers FROM dossier_count WHERE count_month = 3", Integer.class))
                .isEqualTo(12);

        loginAndOpen("canbo.tx", "coverage");
        CoverageView coverage = _get(CoverageView.class);
        assertThat(coverage.target.getText()).isEqualTo("Chỉ tiêu: trên 80% số hồ sơ giải quyết của từng lĩnh vực");
        int row = coverage.coverage.fields().indexOf(coverage.coverage.fields().stream()
                .filter(f -> f.fieldCode().equals("TP-HT")).findFirst().orElseThrow());
        Span march = (Span) GridKt._getCellComponent(coverage.grid, row, "m3");
        assertThat(march.getText()).isEqualTo("0/12 (0%)");
        assertThat(march.getClassNames()).contains("text-error");
    }

    @Test
    void an_import_with_bad_rows_shows_them_and_stores_only_when_asked() {
        loginAndOpen("canbo.tx", "dossiers");
        DossiersView view = _get(DossiersView.class);
        byte[] csv = "Tháng,Lĩnh vực,Số hồ sơ\n03/2024,VHXH,7\n03/2024,Không có,1\n".getBytes(StandardCharsets.UTF_8);

        view.importFile("xa.csv", csv, false);
        assertThat(view.importSummary.getText()).isEqualTo("Đã đọc 2 dòng; có 1 dòng lỗi nên chưa nhập dòng nào.");
        assertThat(view.importErrors.getListDataView().getItems()).extracting(ImportReport.RowError::line)
                .containsExactly(3);
        assertThat(view.importValidRows.isVisible()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier_count", Integer.class)).isZero();

        _click(view.importValidRows);
        assertThat(view.importSummary.getText()).isEqualTo("Đã đọc 2 dòng, đã nhập 1 dòng, 1 dòng lỗi.");
        assertThat(jdbc.queryForObject("SELECT dossiers FROM dossier_count", Integer.class)).isEqualTo(7);

        view.importFile("hong.xlsx", "không phải xlsx".getBytes(StandardCharsets.UTF_8), false);
        assertThat(view.importSummary.getText()).isEqualTo("Không đọc được tệp. Hãy dùng tệp CSV (UTF-8) hoặc XLSX.");
    }
}
