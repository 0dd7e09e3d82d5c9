package vn.khaosat.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.SurveyPlanProcess;

/** Task_IssuePlan: the approved plan is dated, frozen and its document stored. */
@Component("issuePlan")
class IssuePlanDelegate implements JavaDelegate {

    private final PlanService plans;

    IssuePlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.issue(SurveyPlanProcess.PLAN_ID.from(execution));
    }
}
