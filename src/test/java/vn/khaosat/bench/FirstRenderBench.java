package vn.khaosat.bench;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.BrowserTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestProcesses;
import vn.khaosat.base.AppTime;
import vn.khaosat.plan.Channel;

/**
 * B7: first render in headless Chromium on localhost, from the address typed to the screen a
 * person can use: the kiosk's first question, and the staff's task inbox with its task. "Cold"
 * empties the browser's cache first (a kiosk switched on in the morning); "warm" keeps it.
 */
class FirstRenderBench extends BrowserTest {

    static final int RUNS = 5;

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    TestProcesses processes;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void b7_first_render() throws Exception {
        campaigns.run("TX", "TT4-3M", Set.of(Channel.KIOSK));
        String token = campaigns.registerKiosk("TX", "Kiosk đo thời gian");
        processes.startInboxTask("TX", ZonedDateTime.now(AppTime.ZONE).plusDays(3));

        String kiosk = "/kiosk/" + token;
        String question = "Ông/bà vừa giải quyết thủ tục thuộc lĩnh vực nào?";
        double[] kioskCold = times(kiosk, question, true);
        double[] kioskWarm = times(kiosk, question, false);
        login("canbo.tx", "demo1234");
        waitForText("Kiểm tra số liệu");
        double[] inboxCold = times("/", "Kiểm tra số liệu", true);
        double[] inboxWarm = times("/", "Kiểm tra số liệu", false);
        screenshot("b7-inbox");

        BenchReport report = new BenchReport("B7 first render");
        report.add("B7", "kiosk page to its first question, median of " + RUNS, "< 1.5 s",
                BenchReport.number(median(kioskCold)) + " ms cold, " + BenchReport.number(median(kioskWarm)) + " ms warm",
                "—", "", "slowest cold " + BenchReport.number(Arrays.stream(kioskCold).max().orElse(0)) + " ms");
        report.add("B7", "task inbox (logged in) to its task, median of " + RUNS, "< 1.5 s",
                BenchReport.number(median(inboxCold)) + " ms cold, " + BenchReport.number(median(inboxWarm)) + " ms warm",
                "—", "", "slowest cold " + BenchReport.number(Arrays.stream(inboxCold).max().orElse(0)) + " ms");
        report.note("B7 runs the application as the tests do: Vaadin's pre-built development bundle, not the "
                + "production build (`-Pproduction`), which is smaller.");
        report.write(jdbc);
    }

    /** Milliseconds from the address to the text on screen, RUNS times (after one unmeasured visit). */
    private double[] times(String path, String text, boolean emptyCache) {
        open(path);
        waitForText(text);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            driver.get("about:blank");
            if (emptyCache) {
                ((ChromiumDriver) driver).executeCdpCommand("Network.clearBrowserCache", Map.of());
            }
            long start = System.nanoTime();
            open(path);
            waitForText(text);
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
