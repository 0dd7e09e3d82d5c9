package vn.khaosat.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.base.ProcessVariables;
import vn.khaosat.plan.NextYearPlanProcess;
import vn.khaosat.plan.PlanService;

/** Task_EscalateNextYearPlan: the escalation day (1 December) came without next year's plan: the leader is alerted. */
@Component("escalateNextYearPlan")
class EscalateNextYearPlanDelegate implements JavaDelegate {

    private final PlanService plans;

    EscalateNextYearPlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.escalateNextYearPlan(ProcessVariables.COMMUNE_CODE.from(execution),
                NextYearPlanProcess.PLAN_YEAR.from(execution));
    }
}
