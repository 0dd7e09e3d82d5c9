package vn.khaosat.collection.process;

import java.time.LocalTime;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.WorkingDays;
import vn.khaosat.base.process.DeadlineRule;
import vn.khaosat.collection.FeedbackProcess;

/**
 * A feedback is answered within 10 working days of its receipt, with a reminder at 08:00 two working
 * days before; an answer returned by the leader gets the same length again from the return.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackDeadlines {

    static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

    @Bean
    DeadlineRule handleFeedbackDeadline() {
        return DeadlineRule.of(FeedbackProcess.KEY, FeedbackProcess.TASK_HANDLE,
                (variables, entered) -> FeedbackProcess.DUE_AT.from(variables),
                due -> WorkingDays.plus(due.atZone(AppTime.ZONE).toLocalDate(), -2).atTime(REMINDER_TIME)
                        .atZone(AppTime.ZONE).toInstant());
    }
}
