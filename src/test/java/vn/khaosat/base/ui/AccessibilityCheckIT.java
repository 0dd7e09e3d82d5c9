package vn.khaosat.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import vn.khaosat.Axe;
import vn.khaosat.BrowserTest;

/**
 * The accessibility check of the year journey can fail: on a page with an image without text and
 * an unlabelled field axe-core reports them, and the page carries its language.
 */
class AccessibilityCheckIT extends BrowserTest {

    @Test
    void axe_reports_what_a_screen_reader_user_would_miss() throws Exception {
        open("/login");
        waitForText("Tên đăng nhập");
        assertThat(driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(Axe.check(driver)).noneMatch(Axe.Violation::seriousOrCritical);

        ((JavascriptExecutor) driver).executeScript("document.body.insertAdjacentHTML('beforeend',"
                + " '<img src=\"/icons/icon.png\"><input type=\"text\">');"
                + "document.documentElement.removeAttribute('lang');");
        assertThat(Axe.check(driver)).filteredOn(Axe.Violation::seriousOrCritical).extracting(Axe.Violation::id)
                .contains("image-alt", "label", "html-has-lang");
    }
}
