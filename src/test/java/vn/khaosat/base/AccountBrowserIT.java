package vn.khaosat.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.khaosat.BrowserTest;

/** The audit log and the password screen in a browser, as a commune leader sees them. */
class AccountBrowserIT extends BrowserTest {

    @Test
    void a_leader_reads_the_audit_log_and_finds_the_password_screen() throws Exception {
        login("chutich.tx", "demo1234");
        waitForText("Nhật ký thay đổi");
        open("/audit");
        waitForText("Mọi thay đổi dữ liệu");
        screenshot("50-audit-log");
        open("/account/password");
        waitForText("Mật khẩu hiện tại");
        clickButton("Đổi mật khẩu");
        waitForText("Mật khẩu hiện tại không đúng");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Mật khẩu phải có ít nhất 12 ký tự");
        screenshot("51-password");
    }
}
