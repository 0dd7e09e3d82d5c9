package vn.khaosat.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.vaadin.flow.component.UI;

import vn.khaosat.KaribuTest;
import vn.khaosat.base.ui.ErrorView;

/** A user's own password, and what a refused or failing screen shows. */
class AccountScreensTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    String savedHash;

    @AfterEach
    void restorePassword() {
        if (savedHash != null) {
            jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = 'canbo.bd'", savedHash);
        }
    }

    @Test
    void a_user_changes_their_password_with_the_current_one_and_a_long_enough_new_one() {
        savedHash = hash();
        loginAndOpen("canbo.bd", "account/password");
        PasswordView view = _get(PasswordView.class);

        view.current.setValue("sai");
        view.replacement.setValue("ngan");
        view.confirmation.setValue("khac");
        _click(view.save);
        assertThat(view.current.getErrorMessage()).isEqualTo("Mật khẩu hiện tại không đúng");
        assertThat(view.replacement.getErrorMessage()).isEqualTo("Mật khẩu phải có ít nhất 12 ký tự");
        assertThat(view.confirmation.getErrorMessage()).isEqualTo("Hai lần nhập mật khẩu mới không khớp");
        assertThat(hash()).isEqualTo(savedHash);

        view.current.setValue("demo1234");
        view.replacement.setValue("hoa sen nở giữa hồ");
        view.confirmation.setValue("hoa sen nở giữa hồ");
        _click(view.save);
        assertThat(encoder.matches("hoa sen nở giữa hồ", hash())).isTrue();
        assertThat(view.current.getValue()).isEmpty();
    }

    @Test
    void another_communes_report_reads_like_a_missing_page_without_any_trace() {
        loginAndOpen("canbo.bd", "");
        UI.getCurrent().navigate("bao-cao/987654321");
        ErrorView error = _get(ErrorView.class);
        assertThat(error.getElement().getTextRecursively())
                .contains("Trang này không có hoặc bạn không có quyền xem.")
                .doesNotContain("Exception", "at vn.", "SQL");
    }

    private String hash() {
        return jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'canbo.bd'", String.class);
    }
}
