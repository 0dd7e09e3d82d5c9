package vn.khaosat.report;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.ui.Downloads;
import vn.khaosat.notify.Letter;
import vn.khaosat.notify.MessageDraft;
import vn.khaosat.notify.NotificationKind;
import vn.khaosat.notify.Notifier;
import vn.khaosat.org.CandidateGroups;
import vn.khaosat.org.OrgUnit;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.plan.PublicationCalendar;

/**
 * The monthly digest (DHIS2's "push report"): after each 28th's publications, every district's
 * reviewers get one mail with each commune's satisfaction rate, coverage and grade for the last
 * published reported period (what their dashboard opens on), the reports late or missing, links, and
 * the consolidated table as XLSX. Once per unit and month, whatever the number of nodes or restarts.
 */
@Component
public class DistrictDigest {

    /** An hour after the 08:00 publications, so the communes' timers have run. */
    /** An hour after the publication, so the communes' results are in. */
    static final Duration SEND_AFTER_PUBLICATION = Duration.ofHours(1);

    private final DistrictService district;
    private final Notifier notifier;
    private final MessageSource messages;
    private final Clock clock;

    DistrictDigest(DistrictService district, Notifier notifier, MessageSource messages, Clock clock) {
        this.district = district;
        this.notifier = notifier;
        this.messages = messages;
        this.clock = clock;
    }

    /** From 09:00 on the 28th to the month's end, queues the month's digest not queued yet. */
    public int sendIfDue() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(AppTime.ZONE));
        if (now.isBefore(PublicationCalendar.publicationAt(YearMonth.from(now)).plus(SEND_AFTER_PUBLICATION)
                .toLocalDateTime())) {
            return 0;
        }
        YearMonth month = YearMonth.from(now);
        Map.Entry<Integer, PeriodType> period = DistrictService.latestPublished(now);
        int queued = 0;
        for (OrgUnit unit : district.parentUnits()) {
            String group = CandidateGroups.reviewer(unit.getType(), unit.getCode());
            String eventKey = "digest:" + unit.getCode() + ":" + month;
            if (!notifier.anyoneAwaits(group, NotificationKind.DISTRICT_DIGEST, eventKey)) {
                continue;
            }
            DistrictDashboard dashboard = district.dashboard(unit, period.getKey(), period.getValue());
            byte[] xlsx = ReportSpreadsheet.consolidated(district.consolidated(unit, period.getKey(), period.getValue()));
            queued += notifier.sendToGroup(group, NotificationKind.DISTRICT_DIGEST, eventKey,
                    locale -> letter(locale, month, period, dashboard, xlsx));
        }
        return queued;
    }

    /**
     * Every ten minutes (cheap when everyone has this month's digest); Spring's scheduler runs only
     * where app.scheduler.enabled (not in the tests).
     */
    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT10M")
    void scheduled() {
        sendIfDue();
    }

    Letter letter(Locale locale, YearMonth month, Map.Entry<Integer, PeriodType> period, DistrictDashboard dashboard,
            byte[] xlsx) {
        String monthText = "%02d/%d".formatted(month.getMonthValue(), month.getYear());
        // the documents' Vietnamese name ("quý I/2026"), or the screens' name of the period in English
        String periodName = locale.getLanguage().equals("vi") ? dashboard.periodName()
                : t(locale, "period." + period.getValue().name()) + " " + period.getKey();
        List<Letter.Paragraph> paragraphs = new ArrayList<>();
        long published = dashboard.rows().stream().filter(r -> r.overallRate() != null).count();
        paragraphs.add(new Letter.Paragraph(t(locale, "digest.intro", periodName, published,
                dashboard.rows().size(), dashboard.unitName()), null));
        for (DistrictDashboard.Row row : dashboard.rows()) {
            String rank = row.rank() == null ? "–" : String.valueOf(row.rank());
            String rate = row.overallRate() == null ? t(locale, "digest.noFigures") : percent(locale, row.overallRate());
            String coverage = row.coverage() == null ? "–" : percent(locale, row.coverage());
            String grade = row.grade() == null ? "–" : t(locale, "grade." + row.grade().name());
            String status = t(locale, "district.status." + row.status().name())
                    + (row.late() ? " (" + t(locale, "digest.late") + ")" : "");
            paragraphs.add(new Letter.Paragraph(t(locale, "digest.row", rank, row.communeName(), rate, coverage, grade,
                    status), "cong-khai/" + row.communeCode()));
        }
        List<String> behind = dashboard.rows().stream()
                .filter(r -> r.late() || r.status() == DashboardStatus.LATE || r.status() == DashboardStatus.MISSING)
                .map(DistrictDashboard.Row::communeName).toList();
        paragraphs.add(new Letter.Paragraph(behind.isEmpty() ? t(locale, "digest.allReported")
                : t(locale, "digest.behind", String.join(", ", behind)), null));
        paragraphs.add(new Letter.Paragraph(t(locale, "digest.dashboard"), "district"));
        paragraphs.add(new Letter.Paragraph(t(locale, "digest.attachment"), null));
        return new Letter(t(locale, "digest.subject", monthText, dashboard.unitName(), periodName), paragraphs,
                new MessageDraft.Attachment("tong-hop-" + dashboard.unitCode() + "-" + dashboard.periodCode() + ".xlsx",
                        Downloads.XLSX, xlsx));
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    static String percent(Locale locale, double value) {
        return String.format(locale, "%.1f %%", value);
    }
}
