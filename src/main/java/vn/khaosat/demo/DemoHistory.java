package vn.khaosat.demo;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.khaosat.base.EmbeddedMariaDb;
import vn.khaosat.plan.PlanService;

/**
 * On the first start of the embedded demo database (no plan yet), builds the demo's history up to
 * the application's now ({@link DemoHistoryBuilder}); later starts find it and reuse it. Runs before
 * the job executor starts, so nothing else moves the processes meanwhile.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = {EmbeddedMariaDb.ACTIVE_PROPERTY, "app.demo-data.enabled", "app.demo-data.history"},
        havingValue = "true")
class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final DemoHistoryBuilder builder;
    private final PlanService plans;
    private final Clock clock;

    DemoHistory(DemoHistoryBuilder builder, PlanService plans, Clock clock) {
        this.builder = builder;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (plans.anyPlanExists()) {
            log.info("Demo: the history built on the first start is kept (remove data/mariadb to build it again)");
            return;
        }
        try {
            builder.build(clock.instant());
        } catch (RuntimeException e) {
            // a demo that could not be completed must still let the application start, and say why
            log.warn("Demo: the history could not be completed: {}", e.toString(), e);
        }
    }
}
