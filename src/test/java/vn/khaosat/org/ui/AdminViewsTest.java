package vn.khaosat.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;

import vn.khaosat.KaribuTest;
import vn.khaosat.org.UserView;
import vn.khaosat.org.OrgUnit;
import vn.khaosat.org.Role;
import vn.khaosat.org.UnitType;
import vn.khaosat.org.UnitView;

class AdminViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'test.%'");
        jdbc.update("DELETE FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ LIKE 'test.%'");
        jdbc.update("DELETE FROM ACT_ID_USER WHERE ID_ LIKE 'test.%'");
        jdbc.update("DELETE FROM org_unit WHERE code LIKE 'TEST%'");
    }

    @Test
    void an_admin_adds_a_commune_under_the_district() {
        loginAndOpen("admin", "admin/units");
        OrgUnitsView view = _get(OrgUnitsView.class);

        _click(view.create);
        view.code.setValue("test9");
        view.name.setValue("Xã Tây Bình");
        view.type.setValue(UnitType.XA);
        view.parent.setValue(unit(view, "TS"));
        _click(view.save);

        NotificationsKt.expectNotifications("Đã lưu");
        assertThat(view.grid.getListDataView().getItems()).extracting(UnitView::code).contains("TEST9");
        assertThat(jdbc.queryForObject("SELECT name FROM org_unit WHERE code = 'TEST9'", String.class))
                .isEqualTo("Xã Tây Bình");
    }

    @Test
    void a_unit_form_with_bad_input_shows_vietnamese_messages_and_saves_nothing() {
        loginAndOpen("admin", "admin/units");
        OrgUnitsView view = _get(OrgUnitsView.class);
        int before = view.grid.getListDataView().getItemCount();

        _click(view.create);
        view.code.setValue("Tây Xuân");
        view.name.setValue("");
        view.type.setValue(UnitType.XA);
        _click(view.save);

        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).startsWith("Mã chỉ gồm chữ in hoa không dấu");
        assertThat(view.name.getErrorMessage()).isEqualTo("Không được để trống");
        assertThat(view.parent.getErrorMessage()).isEqualTo("Hãy chọn đơn vị cấp trên");
        assertThat(view.grid.getListDataView().getItemCount()).isEqualTo(before);
    }

    @Test
    void an_admin_creates_a_user_then_locks_them_and_resets_their_password() {
        loginAndOpen("admin", "admin/users");
        UsersView view = _get(UsersView.class);

        _click(view.create);
        view.username.setValue("test.canbo");
        view.fullName.setValue("Trương Thị Thu");
        view.email.setValue(" thu.truong@BinhDuong.Gov.VN ");
        view.unit.setValue(view.unit.getListDataView().getItems().filter(u -> u.code().equals("BD")).findFirst()
                .orElseThrow());
        view.roles.setValue(Set.of(Role.COMMUNE_STAFF));
        view.password.setValue("matkhau-ban-dau");
        _click(view.save);
        NotificationsKt.expectNotifications("Đã lưu");
        UserView created = view.grid.getListDataView().getItems()
                .filter(u -> u.username().equals("test.canbo")).findFirst().orElseThrow();
        assertThat(created.unitCode()).isEqualTo("BD");
        assertThat(created.email()).isEqualTo("thu.truong@binhduong.gov.vn");
        NotificationsKt.clearNotifications();

        view.grid.select(created);
        assertThat(view.username.isReadOnly()).isTrue();
        _click(view.toggleActive);
        assertThat(jdbc.queryForObject("SELECT active FROM app_user WHERE username = 'test.canbo'", Boolean.class))
                .isFalse();
        assertThat(view.status.getText()).isEqualTo("Đã khóa");

        _click(view.resetPassword);
        Dialog dialog = _get(Dialog.class);
        String shown = _get(dialog, Span.class, spec -> spec.withClasses("new-password")).getText();
        assertThat(shown).hasSize(12);
    }

    @Test
    void a_user_form_with_bad_input_shows_vietnamese_messages_and_saves_nothing() {
        loginAndOpen("admin", "admin/users");
        UsersView view = _get(UsersView.class);

        _click(view.create);
        view.username.setValue("canbo.tx");
        view.email.setValue("canbo tx@xa");
        view.password.setValue("123");
        _click(view.save);

        assertThat(view.username.getErrorMessage()).isEqualTo("Tên đăng nhập này đã có người dùng");
        assertThat(view.fullName.getErrorMessage()).isEqualTo("Không được để trống");
        assertThat(view.email.getErrorMessage())
                .isEqualTo("Địa chỉ thư điện tử không hợp lệ (ví dụ: canbo@xa.gov.vn)");
        assertThat(view.unit.getErrorMessage()).isEqualTo("Không được để trống");
        assertThat(view.roles.getErrorMessage()).isEqualTo("Hãy chọn ít nhất một vai trò");
        assertThat(view.password.getErrorMessage()).isEqualTo("Mật khẩu phải có ít nhất 12 ký tự");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'canbo.tx'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void an_admin_cannot_lock_their_own_account() {
        loginAndOpen("admin", "admin/users");
        UsersView view = _get(UsersView.class);

        view.grid.select(view.grid.getListDataView().getItems().filter(u -> u.username().equals("admin"))
                .findFirst().orElseThrow());
        _click(view.toggleActive);

        NotificationsKt.expectNotifications("Không thể tự khóa tài khoản của mình");
        assertThat(jdbc.queryForObject("SELECT active FROM app_user WHERE username = 'admin'", Boolean.class)).isTrue();
    }

    private static UnitView unit(OrgUnitsView view, String code) {
        return view.parent.getListDataView().getItems().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }
}
