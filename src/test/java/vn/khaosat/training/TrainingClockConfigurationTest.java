package vn.khaosat.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * The training clock exists only in the demo profile: without the property there is no clock and
 * no route registration, and the production configuration (application.yml alone) does not set it.
 */
class TrainingClockConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TrainingClockConfiguration.class)
            .withBean(ManagementService.class, () -> mock(ManagementService.class))
            .withBean(RepositoryService.class, () -> mock(RepositoryService.class))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void without_the_property_there_is_neither_the_clock_nor_its_route() {
        context.run(c -> {
            assertThat(c).doesNotHaveBean(TrainingClock.class);
            assertThat(c).doesNotHaveBean(VaadinServiceInitListener.class);
        });
        context.withPropertyValues(TrainingClockConfiguration.ENABLED + "=false").run(c -> {
            assertThat(c).doesNotHaveBean(TrainingClock.class);
            assertThat(c).doesNotHaveBean(VaadinServiceInitListener.class);
        });
    }

    @Test
    void the_demo_profile_has_it() throws Exception {
        context.withPropertyValues(TrainingClockConfiguration.ENABLED + "=true").run(c -> {
            assertThat(c).hasSingleBean(TrainingClock.class);
            assertThat(c).hasSingleBean(VaadinServiceInitListener.class);
        });
        assertThat(property("application-demo.yml")).isEqualTo(true);
    }

    @Test
    void the_api_exists_only_with_the_clock() {
        ApplicationContextRunner api = context.withUserConfiguration(TrainingClockApi.class)
                .withBean(MessageSource.class, StaticMessageSource::new);
        api.run(c -> assertThat(c).doesNotHaveBean(TrainingClockApi.class));
        api.withPropertyValues(TrainingClockConfiguration.ENABLED + "=true")
                .run(c -> assertThat(c).hasSingleBean(TrainingClockApi.class));
    }

    @Test
    void the_clock_starts_at_the_instant_given_and_goes_on_from_there() {
        try {
            context.withPropertyValues(TrainingClockConfiguration.ENABLED + "=true",
                    TrainingClockConfiguration.START + "=2026-12-14T10:00:00+07:00").run(c -> {
                        Instant start = OffsetDateTime.parse("2026-12-14T10:00:00+07:00").toInstant();
                        assertThat(ClockUtil.getCurrentTime().toInstant()).isBetween(start, start.plusSeconds(30));
                    });
            ClockUtil.reset();
            context.withPropertyValues(TrainingClockConfiguration.ENABLED + "=true",
                    TrainingClockConfiguration.START + "=14/12/2026 10:00").run(c -> {
                        assertThat(c).hasFailed();
                        assertThat(c.getStartupFailure()).hasRootCauseInstanceOf(DateTimeParseException.class)
                                .hasMessageContaining("2026-12-14T10:00:00+07:00");
                    });
            // without the clock the start means nothing: production never moves time
            context.withPropertyValues(TrainingClockConfiguration.START + "=2030-01-01T00:00:00+07:00")
                    .run(c -> assertThat(ClockUtil.getCurrentTime().toInstant())
                            .isBefore(OffsetDateTime.parse("2030-01-01T00:00:00+07:00").toInstant()));
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void the_production_configuration_does_not_set_it() throws Exception {
        assertThat(property("application.yml")).isNull();
    }

    private static Object property(String file) throws Exception {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
        return sources.stream().map(s -> s.getProperty(TrainingClockConfiguration.ENABLED)).filter(v -> v != null)
                .findFirst().orElse(null);
    }
}
