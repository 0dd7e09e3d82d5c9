package vn.khaosat.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which alerts become which mails, and the period a task's mail names. */
class NotifierTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "alert.report.approved, REPORT_DECISION",
            "alert.report.returned, REPORT_DECISION",
            "alert.feedback.answerDue, FEEDBACK_DUE",
            "alert.report.overdue, ESCALATION",
            "alert.report.reviewOverdue, ESCALATION",
            "alert.cycle.approvalOverdue, ESCALATION",
            "alert.cycle.finaliseOverdue, ESCALATION",
            "alert.plan.nextYearOverdue, ESCALATION",
            // reminders are said by the due-tomorrow mail, not twice
            "alert.report.dueSoon, -",
            "alert.cycle.reviewReminder, -",
            "alert.plan.nextYearReminder, -"})
    void each_alert_becomes_one_kind_of_mail_or_none(String messageKey, NotificationKind kind) {
        assertThat(Notifier.kindOf(messageKey)).isEqualTo(Optional.ofNullable(kind));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "cycle-2026-05-TX, TX, 05/2026",
            "report-2026-Q3-BD, BD, Q3/2026",
            "report-2026-H1-BD, BD, H1/2026",
            "report-2026-Y-TX, TX, 2026",
            "plan-2027-TX, TX, 2027",
            "next-plan-2027-TX, TX, 2027",
            // codes may hold dashes and look like periods (Quận 1)
            "campaign-2026-TAY-PHU, TAY-PHU, 2026",
            "cycle-2026-05-Q1, Q1, 05/2026",
            "campaign-2026-Q1-X, Q1-X, 2026",
            "feedback-AB12CD, TX, ''",
            "-, TX, ''"})
    void the_period_comes_from_the_business_key(String businessKey, String communeCode, String period) {
        assertThat(Notifier.period(businessKey, communeCode)).isEqualTo(period);
    }
}
