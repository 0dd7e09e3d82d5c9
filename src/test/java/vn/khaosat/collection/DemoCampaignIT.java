package vn.khaosat.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.TemplateService;

/** The demo's running campaign and kiosk, built through the real process (the runner is off in tests). */
@SpringTest
class DemoCampaignIT {

    @Autowired
    PlanService plans;
    @Autowired
    TemplateService templates;
    @Autowired
    KioskRepository kioskRepository;
    @Autowired
    KioskService kiosks;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    UserDetailsService users;
    @Autowired
    CampaignService campaigns;
    @Autowired
    TestCampaigns testCampaigns;
    @Autowired
    Clock clock;
    @Autowired
    DemoKiosk demoKiosk;

    @AfterEach
    void cleanUp() {
        testCampaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void the_demo_issues_tay_xuans_plan_and_registers_a_kiosk_once() {
        TestClock.set(2026, 3, 5, 10, 0);
        DemoCampaign demo = new DemoCampaign(plans, templates, demoKiosk, tasks, users, clock);
        demo.run(null);
        demo.run(null);
        management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));

        assertThat(LocalDate.now(clock).getYear()).isEqualTo(2026);
        assertThat(campaigns.runningCampaign("TX", 2026)).isPresent();
        assertThat(kiosks.authenticate(DemoCampaign.KIOSK_TOKEN)).map(KioskService.KioskIdentity::communeCode)
                .contains("TX");
        assertThat(kioskRepository.count()).isEqualTo(1);
    }
}
