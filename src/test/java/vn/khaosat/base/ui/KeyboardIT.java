package vn.khaosat.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import vn.khaosat.BrowserTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestCycles;
import vn.khaosat.plan.Channel;

/**
 * Without a mouse: log in, reach the task in the inbox, open it and complete it with Tab and Enter
 * only (paper entry by keyboard is part of the year journey).
 */
class KeyboardIT extends BrowserTest {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    TestCycles cycles;

    @BeforeEach
    void januaryWorkOpens() {
        TestClock.set(2024, 1, 5, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        TestClock.set(2024, 1, 15, 7, 0);
        cycles.openDueWork("TX", 2024);
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void staff_log_in_open_their_task_and_finalise_with_the_keyboard_only() throws Exception {
        open("/login");
        waitForText("Tên đăng nhập");
        wait.until(d -> !d.findElements(By.id("vaadinLoginUsername")).isEmpty());
        // the browser window gets the focus as when a person clicks into it; from here on, only keys
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.focus(); document.body.focus();");
        tabUntil(e -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return arguments[0].closest('#vaadinLoginUsername') !== null", e)));
        keys("canbo.tx", Keys.TAB, "demo1234", Keys.ENTER);
        waitForText("Chốt số liệu");

        // the task list is a grid: Tab reaches its header, then its first row; End goes to the row's
        // last cell, Enter steps into the cell ("Nhận việc"), Tab to "Mở", Enter presses it
        tabUntil(e -> "vaadin-grid".equals(e.getTagName()));
        keys(Keys.TAB, Keys.END, Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getText().strip()).isEqualTo("Nhận việc");
        keys(Keys.TAB);
        WebElement button = driver.switchTo().activeElement();
        assertThat(button.getTagName()).isEqualTo("vaadin-button");
        assertThat(button.getText().strip()).isEqualTo("Mở");
        screenshot("keyboard-inbox");
        // at 1366 px the menu shows every label whole, without a horizontal scrollbar (the 16em drawer clipped
        // "Góp ý, phản ánh, kiến nghị")
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const drawer = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part=drawer]');
                const cut = [...document.querySelectorAll('vaadin-side-nav-item')]
                    .filter(item => { const label = item.shadowRoot.querySelector('slot:not([name])');
                                      return label.scrollWidth > label.clientWidth; })
                    .map(item => item.textContent.trim());
                return (drawer.scrollWidth > drawer.clientWidth ? ['scrollbar'] : []).concat(cut).join(', ');
                """)).isEqualTo("");
        // Escape leaves the cell, Home goes to the row's first cell: Enter there opens the task
        keys(Keys.ESCAPE, Keys.HOME, Keys.ENTER);
        waitForText("Chốt số liệu kỳ công bố 28/01/2024 – Xã Tây Xuân");

        tabUntil(e -> "vaadin-button".equals(e.getTagName()) && e.getText().strip().equals("Xác nhận chốt số liệu"));
        keys(Keys.ENTER);
        waitForText("Đã chốt số liệu; hệ thống đang tổng hợp");
        screenshot("keyboard-finalised");
    }

    private void keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element is the one wanted; fails after 60 presses. */
    private void tabUntil(Predicate<WebElement> wanted) {
        for (int i = 0; i < 60; i++) {
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return;
            }
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
        }
        WebElement focused = driver.switchTo().activeElement();
        assertThat(wanted.test(focused)).as("reached by Tab within 60 presses; focus is on " + focused.getTagName()
                + " " + focused.getAttribute("outerHTML").substring(0, Math.min(200, focused.getAttribute("outerHTML")
                        .length()))).isTrue();
    }
}
