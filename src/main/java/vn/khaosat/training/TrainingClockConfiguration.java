package vn.khaosat.training;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;

import vn.khaosat.base.ui.MainLayout;
import vn.khaosat.training.ui.TrainingClockView;

/**
 * The training clock, only when {@code app.training-clock.enabled} is true (the demo profile). Its
 * screen has no {@code @Route}: it becomes a route here, so without the property there is neither
 * the service nor the address.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = TrainingClockConfiguration.ENABLED, havingValue = "true")
public class TrainingClockConfiguration {

    public static final String ENABLED = "app.training-clock.enabled";
    /** An instant with its offset, e.g. 2026-12-14T10:00:00+07:00: the application's time when it starts. */
    public static final String START = "app.training-clock.start";

    @Bean
    TrainingClock trainingClock(ManagementService management, RepositoryService repository, Clock clock) {
        return new TrainingClock(management, repository, clock);
    }

    /**
     * The start instant is set before any bean exists, so the process engine, its job executor and
     * the demo data (built on the embedded database's first start) all see it from the beginning.
     */
    @Bean
    static BeanFactoryPostProcessor trainingClockStart(Environment environment) {
        String start = environment.getProperty(START, "");
        return beanFactory -> {
            if (StringUtils.hasText(start)) {
                Instant instant;
                try {
                    instant = OffsetDateTime.parse(start.trim()).toInstant();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(START + " must be an instant with its offset, such as "
                            + "2026-12-14T10:00:00+07:00, not \"" + start + "\"", e);
                }
                TrainingClock.startAt(instant);
            }
        };
    }

    @Bean
    VaadinServiceInitListener trainingClockRoute() {
        return event -> RouteConfiguration.forApplicationScope().setRoute(TrainingClockView.ROUTE,
                TrainingClockView.class, MainLayout.class);
    }
}
