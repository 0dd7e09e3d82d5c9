package vn.khaosat.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.NotificationsKt;

import vn.khaosat.KaribuTest;
import vn.khaosat.plan.FieldView;

class ServiceFieldsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM service_field WHERE code LIKE 'TEST%'");
        jdbc.update("UPDATE service_field SET active = TRUE");
    }

    @Test
    void an_admin_adds_a_field_and_takes_another_out_of_use() {
        loginAndOpen("admin", "admin/fields");
        ServiceFieldsView view = _get(ServiceFieldsView.class);
        assertThat(view.grid.getListDataView().getItems()).extracting(FieldView::nameVi)
                .contains("Tư pháp – hộ tịch", "Văn hóa – xã hội");

        _click(view.create);
        view.code.setValue("test-nn");
        view.nameVi.setValue("Nông nghiệp");
        view.nameEn.setValue("Agriculture");
        _click(view.save);
        NotificationsKt.expectNotifications("Đã lưu");
        assertThat(jdbc.queryForObject("SELECT name_vi FROM service_field WHERE code = 'TEST-NN'", String.class))
                .isEqualTo("Nông nghiệp");

        view.grid.select(view.grid.getListDataView().getItems().filter(f -> f.code().equals("KT")).findFirst()
                .orElseThrow());
        view.active.setValue(false);
        _click(view.save);
        assertThat(jdbc.queryForObject("SELECT active FROM service_field WHERE code = 'KT'", Boolean.class)).isFalse();
    }

    @Test
    void bad_input_gets_vietnamese_messages_and_nothing_is_saved() {
        loginAndOpen("admin", "admin/fields");
        ServiceFieldsView view = _get(ServiceFieldsView.class);
        int before = view.grid.getListDataView().getItemCount();

        _click(view.create);
        view.code.setValue("VHXH");
        view.nameVi.setValue(" ");
        view.position.setValue(0);
        _click(view.save);

        assertThat(view.code.getErrorMessage()).isEqualTo("Mã này đã có");
        assertThat(view.nameVi.getErrorMessage()).isEqualTo("Không được để trống");
        assertThat(view.nameEn.getErrorMessage()).isEqualTo("Không được để trống");
        assertThat(view.position.getErrorMessage()).isEqualTo("Thứ tự phải từ 1 đến 999");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_field", Integer.class)).isEqualTo(before);
    }
}
