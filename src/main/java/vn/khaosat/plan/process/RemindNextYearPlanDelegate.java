package vn.khaosat.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.base.ProcessVariables;
import vn.khaosat.plan.NextYearPlanProcess;
import vn.khaosat.plan.PlanService;

/** Task_RemindNextYearPlan: a week passed and next year's plan is not drafted: staff are reminded. */
@Component("remindNextYearPlan")
class RemindNextYearPlanDelegate implements JavaDelegate {

    private final PlanService plans;

    RemindNextYearPlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.remindNextYearPlan(ProcessVariables.COMMUNE_CODE.from(execution),
                NextYearPlanProcess.PLAN_YEAR.from(execution));
    }
}
