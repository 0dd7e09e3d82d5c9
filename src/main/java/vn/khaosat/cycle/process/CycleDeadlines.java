package vn.khaosat.cycle.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.process.DeadlineRule;
import vn.khaosat.cycle.PublicationCycleProcess;

/**
 * The deadlines of a period cycle, set so that the leader still has time to approve before the
 * publication at 08:00 on the 28th: the data are finalised by 17:00 on the 20th, the figures reviewed
 * by 17:00 on the 24th (each at least until 17:00 the day after the task opens), the publication
 * approved by 08:00 on the 28th. Staff are reminded the day before their due; the leader is alerted
 * when a due passes.
 */
@Configuration(proxyBeanMethods = false)
class CycleDeadlines {

    static final LocalTime END_OF_DAY = LocalTime.of(17, 0);
    static final int FINALISE_DAYS_BEFORE_PUBLICATION = 8;
    static final int REVIEW_DAYS_BEFORE_PUBLICATION = 4;

    @Bean
    DeadlineRule finaliseDeadline() {
        return DeadlineRule.of(PublicationCycleProcess.KEY, PublicationCycleProcess.TASK_FINALISE,
                (variables, entered) -> daysBefore(variables, entered, FINALISE_DAYS_BEFORE_PUBLICATION),
                due -> due.minus(java.time.Duration.ofDays(1)));
    }

    @Bean
    DeadlineRule reviewDeadline() {
        return DeadlineRule.of(PublicationCycleProcess.KEY, PublicationCycleProcess.TASK_REVIEW,
                (variables, entered) -> daysBefore(variables, entered, REVIEW_DAYS_BEFORE_PUBLICATION),
                due -> due.minus(java.time.Duration.ofDays(1)));
    }

    @Bean
    DeadlineRule approvalDeadline() {
        return DeadlineRule.of(PublicationCycleProcess.KEY, PublicationCycleProcess.TASK_APPROVE,
                (variables, entered) -> publishAt(variables).toInstant(), due -> due);
    }

    /** 17:00 so many days before the publication, and not before 17:00 the day after the task opened. */
    private static Instant daysBefore(VariableScope variables, Instant entered, int days) {
        LocalDate publication = publishAt(variables).toLocalDate();
        ZonedDateTime byCalendar = publication.minusDays(days).atTime(END_OF_DAY).atZone(AppTime.ZONE);
        ZonedDateTime earliest = entered.atZone(AppTime.ZONE).toLocalDate().plusDays(1).atTime(END_OF_DAY)
                .atZone(AppTime.ZONE);
        return (byCalendar.isBefore(earliest) ? earliest : byCalendar).toInstant();
    }

    private static ZonedDateTime publishAt(VariableScope variables) {
        return PublicationCycleProcess.PUBLISH_AT.from(variables).atZone(AppTime.ZONE);
    }
}
