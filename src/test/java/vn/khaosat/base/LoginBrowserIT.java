package vn.khaosat.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.khaosat.BrowserTest;
import vn.khaosat.TestProcesses;

class LoginBrowserIT extends BrowserTest {

    @Autowired
    TestProcesses processes;

    @AfterEach
    void cleanUp() {
        processes.deleteAll();
    }

    @Test
    void commune_staff_log_in_through_the_login_page_and_see_their_task_inbox() throws Exception {
        processes.startInboxTask("TX", ZonedDateTime.now(AppTime.ZONE).plusDays(3));

        open("/");
        waitForText("Đăng nhập");
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        screenshot("01-login");

        login("canbo.tx", "demo1234");
        waitForText("Kiểm tra số liệu");
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Việc của tôi", "Xã Tây Xuân", "Nguyễn Thị Lan", "Nhận việc");
        assertThat(driver.getTitle()).isEqualTo("Việc của tôi – Khảo sát hài lòng");
        screenshot("02-inbox");

        driver.findElement(By.xpath("//vaadin-button[normalize-space()='Đăng xuất']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        waitForText("Tên đăng nhập");
        open("/");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_login_page_with_a_message() throws Exception {
        login("canbo.tx", "sai-mat-khau");
        waitForText("Sai tên đăng nhập hoặc mật khẩu");
        assertThat(driver.getCurrentUrl()).endsWith("/login?error");
        screenshot("03-login-error");
    }

    @Test
    void the_admin_reaches_the_admin_screens() throws Exception {
        login("admin", "demo1234");
        waitForText("Người dùng");
        open("/admin/units");
        waitForText("Huyện Tây Sơn");
        screenshot("04-admin-units");
        open("/admin/users");
        waitForText("chutich.bd");
        screenshot("05-admin-users");
        open("/admin/templates");
        waitForText("Nơi ngồi chờ có đủ chỗ ngồi");
        screenshot("07-admin-templates");
        open("/admin/fields");
        waitForText("Địa chính – xây dựng – môi trường");
        screenshot("08-admin-fields");

        // Camunda's webapps take the user from this login: no second login page
        open("/camunda/app/cockpit/default/");
        wait.until(d -> d.getTitle().contains("Cockpit"));
        waitForText("Quản trị hệ thống");
        screenshot("06-camunda-cockpit");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Password");
    }
}
