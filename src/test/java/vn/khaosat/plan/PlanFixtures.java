package vn.khaosat.plan;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.TestClock;
import vn.khaosat.base.AppTime;

/** Shared steps of the plan tests: the Tây Xuân 2024 plan of source 004, and cleaning up after it. */
final class PlanFixtures {

    static final ZonedDateTime JAN_5_2024 = ZonedDateTime.of(2024, 1, 5, 9, 0, 0, 0, AppTime.ZONE);

    private PlanFixtures() {
    }


    /** The default content completed as source 004: number 05/KH-UBND of 12/01/2024, three fields. */
    static PlanContent tayXuan2024(PlanView draft, TemplateService templates) {
        PlanContent c = draft.content();
        Set<Long> fields = templates.activeFields().stream()
                .filter(f -> Set.of("TP-HT", "VHXH", "DC-XD-MT").contains(f.code()))
                .map(FieldView::id).collect(Collectors.toSet());
        return new PlanContent("05/KH-UBND", LocalDate.of(2024, 1, 12), c.placeName(), c.legalBasis(), c.purposes(),
                c.requirements(), c.templateId(), fields, c.channels(), c.coverageTarget(), c.cutOffDay(),
                c.reportedPeriods(), c.recipients(), c.signerName(), c.signerTitle());
    }

    static PlanContent withNumber(PlanContent c, String number) {
        return new PlanContent(number, c.date(), c.placeName(), c.legalBasis(), c.purposes(), c.requirements(),
                c.templateId(), c.fieldIds(), c.channels(), c.coverageTarget(), c.cutOffDay(), c.reportedPeriods(),
                c.recipients(), c.signerName(), c.signerTitle());
    }

    static void deleteAll(RuntimeService runtime, JdbcTemplate jdbc, CampaignService campaigns) {
        for (String key : new String[] {"PublicationCycle", NextYearPlanProcess.KEY, SurveyCampaignProcess.KEY, SurveyPlanProcess.KEY}) {
            runtime.createProcessInstanceQuery().processDefinitionKey(key).list()
                    .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup"));
        }
        jdbc.update("DELETE FROM period_publication");
        jdbc.update("DELETE FROM period_cycle");
        jdbc.update("DELETE FROM survey_campaign");
        jdbc.update("DELETE FROM survey_plan");
        campaigns.forgetRunningCampaigns();
        ClockUtil.reset();
    }
}
