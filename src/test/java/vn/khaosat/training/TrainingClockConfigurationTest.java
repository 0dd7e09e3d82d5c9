package vn.khaosat.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
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
    void the_production_configuration_does_not_set_it() throws Exception {
        assertThat(property("application.yml")).isNull();
    }

    private static Object property(String file) throws Exception {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
        return sources.stream().map(s -> s.getProperty(TrainingClockConfiguration.ENABLED)).filter(v -> v != null)
                .findFirst().orElse(null);
    }
}
