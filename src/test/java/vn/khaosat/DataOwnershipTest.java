package vn.khaosat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.persistence.Entity;

/**
 * A feature reads and writes only its own tables; another feature's data comes through that feature's
 * service (or a port it implements, like {@code cycle.PeriodCounts.Source}). The scan reads the SQL and
 * JPQL in the string literals of src/main: every table or entity after FROM, JOIN, INTO or UPDATE must
 * belong to the feature of the class that names it. A new table must be given its owner here.
 */
class DataOwnershipTest {

    static final Path MAIN = Path.of("src/main/java");
    static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    static final Pattern TABLE = Pattern.compile("(?<!KEY )\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([A-Za-z_][A-Za-z_0-9.]*)");

    static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("audit_log", "base"), Map.entry("alert", "base"),
            Map.entry("outbox_message", "notify"), Map.entry("notification_setting", "notify"),
            Map.entry("task_notice", "notify"),
            Map.entry("app_user", "org"), Map.entry("app_user_role", "org"), Map.entry("org_unit", "org"),
            Map.entry("rating_scale", "plan"), Map.entry("rating_level", "plan"), Map.entry("service_field", "plan"),
            Map.entry("survey_template", "plan"), Map.entry("template_area", "plan"),
            Map.entry("template_criterion", "plan"), Map.entry("survey_plan", "plan"),
            Map.entry("survey_plan_field", "plan"), Map.entry("survey_plan_document", "plan"),
            Map.entry("survey_campaign", "plan"),
            Map.entry("survey_response", "collection"), Map.entry("response_answer", "collection"),
            Map.entry("response_audit", "collection"), Map.entry("paper_form_batch", "collection"),
            Map.entry("dossier_count", "collection"), Map.entry("commune_officer", "collection"),
            Map.entry("kiosk", "collection"), Map.entry("feedback_item", "collection"),
            Map.entry("kept_rating", "collection"),
            Map.entry("period_cycle", "cycle"), Map.entry("period_publication", "cycle"),
            Map.entry("period_report", "report"), Map.entry("report_event", "report"),
            Map.entry("report_version", "report"));

    static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.khaosat");

    @Test
    void every_table_the_migrations_create_has_an_owner() throws IOException {
        Pattern create = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)", Pattern.CASE_INSENSITIVE);
        TreeSet<String> created = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("db"))) {
            for (Path migration : migrations.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(Files.readString(migration));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        assertThat(created).isNotEmpty();
        assertThat(TABLE_OWNERS.keySet()).containsAll(created);
    }

    @Test
    void features_name_only_their_own_tables_and_entities_in_sql_and_jpql() throws IOException {
        Map<String, String> owners = owners();
        TreeSet<String> foreign = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = feature(MAIN.relativize(file).toString().replace('/', '.'));
                for (String table : namedTables(Files.readString(file))) {
                    String owner = owners.get(table);
                    if (!feature.equals(owner)) {
                        foreign.add(MAIN.relativize(file) + " names " + table + " (owner: "
                                + (owner == null ? "none — add it to TABLE_OWNERS" : owner) + ")");
                    }
                }
            }
        }
        assertThat(foreign).as("SQL or JPQL naming another feature's table").isEmpty();
    }

    @Test
    void repositories_are_used_only_by_their_own_feature() {
        classes().should(new ArchCondition<JavaClass>("use only their own feature's repositories") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesFromSelf().stream()
                        .filter(d -> d.getTargetClass().isAssignableTo(Repository.class)
                                && d.getTargetClass().getPackageName().startsWith("vn.khaosat."))
                        .filter(d -> !feature(d.getTargetClass().getName()).equals(feature(item.getName())))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        }).check(MAIN_CLASSES);
    }

    @Test
    void the_scan_finds_the_tables_it_looks_for() {
        assertThat(namedTables("jdbc.query(\"SELECT a FROM survey_response r JOIN response_answer a \" + \"ON x\")"))
                .containsExactly("response_answer", "survey_response");
        assertThat(namedTables("\"SELECT COUNT(*) FROM \"\n + \"period_report\"")).containsExactly("period_report");
        assertThat(namedTables("@Query(\"SELECT u.code FROM OrgUnit u\")")).containsExactly("OrgUnit");
        assertThat(namedTables("\"INSERT INTO x (a) VALUES (?) ON DUPLICATE KEY UPDATE a = VALUES(a)\""))
                .containsExactly("x");
        assertThat(namedTables("\"UPDATE outbox_message SET status = ?\"")).containsExactly("outbox_message");
    }

    /** Tables and entities (JPQL) to the feature that owns them. */
    private static Map<String, String> owners() {
        Map<String, String> owners = new HashMap<>(TABLE_OWNERS);
        for (JavaClass entity : MAIN_CLASSES) {
            if (entity.isAnnotatedWith(Entity.class)) {
                owners.put(entity.getSimpleName(), feature(entity.getName()));
            }
        }
        return owners;
    }

    /** The table or entity names after FROM, JOIN, INTO and UPDATE in the source's string literals. */
    static TreeSet<String> namedTables(String source) {
        // a statement split over concatenated literals is read as one
        String joined = source.replaceAll("\"\\s*\\+\\s*\"", "");
        TreeSet<String> tables = new TreeSet<>();
        Matcher literal = STRING.matcher(joined);
        while (literal.find()) {
            Matcher table = TABLE.matcher(literal.group());
            while (table.find()) {
                tables.add(table.group(1));
            }
        }
        return tables;
    }

    /** vn.khaosat.cycle.ui.CycleView → cycle */
    static String feature(String className) {
        String rest = className.substring("vn.khaosat.".length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : "";
    }
}
