package vn.khaosat.training;

import java.time.Clock;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

    @Bean
    TrainingClock trainingClock(ManagementService management, RepositoryService repository, Clock clock) {
        return new TrainingClock(management, repository, clock);
    }

    @Bean
    VaadinServiceInitListener trainingClockRoute() {
        return event -> RouteConfiguration.forApplicationScope().setRoute(TrainingClockView.ROUTE,
                TrainingClockView.class, MainLayout.class);
    }
}
