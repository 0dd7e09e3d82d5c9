package vn.khaosat.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.base.ProcessVariables;
import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.SurveyCampaignProcess;

/** Task_RequestNextYearPlan (asynchronous): from 1 November, next year's plan is asked for if it does not exist. */
@Component("requestNextYearPlan")
class RequestNextYearPlanDelegate implements JavaDelegate {

    private final PlanService plans;

    RequestNextYearPlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.requestNextYearPlan(ProcessVariables.COMMUNE_CODE.from(execution),
                SurveyCampaignProcess.CAMPAIGN_YEAR.from(execution) + 1);
    }
}
