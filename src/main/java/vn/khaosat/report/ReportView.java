package vn.khaosat.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.khaosat.cycle.Narrative;
import vn.khaosat.cycle.PublishedPeriod;

/** A report as its screens show it: the frozen figures, the narrative, its versions and history. */
public record ReportView(long id, long version, String communeCode, String communeName, String parentName,
        String periodCode, String periodName, ReportStatus status, Narrative narrative, LocalDate dueOn, boolean late,
        Instant submittedAt, String lastReturnComment, PublishedPeriod published, List<Version> versions,
        List<Event> history) {

    /** A signed submission. */
    public record Version(int number, String signedBy, Instant signedAt, Narrative narrative) {
    }

    /** A step of the report's history; {@code action} is one of the {@code report.event.*} keys. */
    public record Event(String action, String doneBy, Instant doneAt, String comment) {
    }
}
