package vn.khaosat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.data.repository.Repository;

import vn.khaosat.base.AppClock;

@AnalyzeClasses(packages = "vn.khaosat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule screens_never_touch_the_engine_or_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("a feature's service is the only door from its screens to data and processes");

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_cycles = slices()
            .matching("vn.khaosat.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule base_knows_no_feature = noClasses()
            .that().resideInAPackage("vn.khaosat.base..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.khaosat.org..", "vn.khaosat.plan..",
                    "vn.khaosat.collection..", "vn.khaosat.cycle..", "vn.khaosat.report..");

    @ArchTest
    static final ArchRule every_date_rule_reads_the_injected_clock = noClasses()
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(Year.class, "now")
            .orShould().callMethod(YearMonth.class, "now")
            .orShould().callConstructor(Date.class)
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "systemUTC")
            .because("the application's time is the injected clock (AppTime), which tests and the training clock move");

    @ArchTest
    static final ArchRule only_the_app_clock_reads_or_moves_the_engine_clock_or_the_system_time = noClasses()
            .that().doNotHaveFullyQualifiedName(AppClock.class.getName())
            .should().dependOnClassesThat().haveFullyQualifiedName(ClockUtil.class.getName())
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("AppClock is the one clock: the engine follows it, and elapsed times use System.nanoTime");

    @ArchTest
    static final ArchRule process_variables_are_read_and_written_only_through_their_process_class =
            ProcessVariableRule.ENGINE_VARIABLES_ONLY_THROUGH_PROCESS_VARIABLE;

    @ArchTest
    static final ArchRule repositories_stay_inside_their_feature = noClasses()
            .that().areAssignableTo(Repository.class)
            .should().bePublic()
            .because("other features reach a feature's data through its service");

    @ArchTest
    static final ArchRule screens_bind_view_records_not_entities = noClasses()
            .that().areAssignableTo(com.vaadin.flow.component.Component.class)
            .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
            .because("a screen shows and edits values (records); an entity in a screen can be changed outside "
                    + "its service or loaded lazily after its session closed");

    @ArchTest
    static final ArchRule instants_reach_sql_as_utc_wall_time = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName(java.sql.Timestamp.class.getName())
            .because("an instant in SQL is UTC wall time (base.DbTime), as Hibernate writes it; a Timestamp takes "
                    + "the JVM's zone and lands seven hours off on a server set to Asia/Ho_Chi_Minh");
}
