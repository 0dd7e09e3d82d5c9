package vn.khaosat.base.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import jakarta.persistence.Entity;
import vn.khaosat.base.AbstractEntity;

/**
 * Every change the application makes is audited: an entity through {@link AuditListener}, so every
 * entity must have it; a write in SQL by the class that writes it, with {@link AuditService#record}.
 * The tables below are exempt, each for the reason given.
 */
class AuditCoverageTest {

    static final Path MAIN = Path.of("src/main/java");
    static final Pattern WRITE = Pattern.compile(
            "\"[^\"]*?\\b(?:(?:INSERT(?: IGNORE)? INTO|DELETE FROM)\\s+([a-z_]+)(?=\\s|\\()|UPDATE\\s+([a-z_]+)\\s+SET\\b)");

    static final Map<String, String> EXEMPT = Map.ofEntries(
            Map.entry("audit_log", "the log itself"),
            Map.entry("survey_response", "a citizen's answer is its own record (channel, time, client id), never changed; "
                    + "deleting one and carrying answers to a new campaign are audited"),
            Map.entry("response_answer", "part of a citizen's answer, written with it"),
            Map.entry("response_audit", "the answers' own deletion log, written with an audit entry"),
            Map.entry("report_version", "written by signing, which ReportService audits as the report's SIGNED event"),
            Map.entry("alert", "a notice to a user, not data: its creation and dismissal are the user's inbox"),
            Map.entry("task_notice", "a notice of a task, already audited as the task"),
            Map.entry("outbox_message", "mail on its way; an administrator's resend is audited (RETRIED)"),
            Map.entry("notification_setting", "a user's own preference; a change through the profile is audited"),
            Map.entry("kept_rating", "a citizen's answer that came too late to count: its own record, like survey_response"),
            Map.entry("kiosk", "in SQL only the device's own last contact and clock skew (KioskService.seen), not a "
                    + "person's change; registering and revoking go through the audited entity"));

    /** Entities without the listener, and who audits them instead. */
    static final Map<String, String> ENTITIES_AUDITED_ELSEWHERE = Map.of(
            "vn.khaosat.collection.SurveyResponse", "a citizen's answer, written in SQL (see survey_response)",
            "vn.khaosat.collection.PaperFormBatch", "written once; PaperService.issue records it",
            "vn.khaosat.plan.PlanDocumentFile", "the issued plan's document, written with the plan's issue",
            "vn.khaosat.plan.RatingScale", "reference data from the migrations, never changed by the application",
            "vn.khaosat.plan.RatingLevel", "part of a rating scale",
            "vn.khaosat.plan.TemplateArea", "part of its template, copied with it; never changed alone",
            "vn.khaosat.plan.TemplateCriterion", "TemplateService.updateCriterion records it as the template's change");

    @Test
    void every_entity_is_audited_by_the_listener() {
        classes().that().areAnnotatedWith(Entity.class)
                .and(DescribedPredicate.describe("not audited elsewhere",
                        (JavaClass c) -> !ENTITIES_AUDITED_ELSEWHERE.containsKey(c.getName())))
                .should().beAssignableTo(AbstractEntity.class)
                .because("AbstractEntity carries the AuditListener")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.khaosat"));
    }

    @Test
    void every_class_that_writes_a_table_in_sql_records_the_change_in_the_audit_log() throws IOException {
        Map<String, TreeSet<String>> unaudited = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher write = WRITE.matcher(source);
                while (write.find()) {
                    String table = write.group(1) != null ? write.group(1) : write.group(2);
                    if (!EXEMPT.containsKey(table) && !source.contains("audit.record(")) {
                        unaudited.computeIfAbsent(MAIN.relativize(file).toString(), f -> new TreeSet<>()).add(table);
                    }
                }
            }
        }
        assertThat(unaudited).as("classes writing these tables in SQL without an audit entry").isEmpty();
    }

    @Test
    void the_scan_finds_the_writes_it_looks_for() {
        assertThat(tables("jdbc.update(\"UPDATE outbox_message SET status = ?\")")).containsExactly("outbox_message");
        assertThat(tables("\"INSERT IGNORE INTO task_notice (task_id) VALUES (?)\"")).containsExactly("task_notice");
        assertThat(tables("\"DELETE FROM commune_officer WHERE commune_code = ?\"")).containsExactly("commune_officer");
        assertThat(tables("\"INSERT INTO period_publication (campaign_id\"")).containsExactly("period_publication");
        assertThat(tables("\"... ON DUPLICATE KEY UPDATE language = VALUES(language)\"")).isEmpty();
    }

    private static TreeSet<String> tables(String source) {
        TreeSet<String> found = new TreeSet<>();
        Matcher write = WRITE.matcher(source);
        while (write.find()) {
            found.add(write.group(1) != null ? write.group(1) : write.group(2));
        }
        return found;
    }
}
