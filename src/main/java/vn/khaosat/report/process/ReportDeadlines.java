package vn.khaosat.report.process;


import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.khaosat.base.process.DeadlineRule;
import vn.khaosat.report.ReportProcess;

/**
 * Signing is due with the report (17:00, N days after the 28th); signing again after a return gets
 * the same length from the return ({@link vn.khaosat.base.process.Deadlines}). It has no reminder:
 * the leader is alerted when the due passes.
 */
@Configuration(proxyBeanMethods = false)
class ReportDeadlines {

    @Bean
    DeadlineRule signDeadline() {
        return DeadlineRule.of(ReportProcess.KEY, ReportProcess.TASK_SIGN,
                (variables, entered) -> ReportProcess.DUE_AT.from(variables), due -> due);
    }
}
