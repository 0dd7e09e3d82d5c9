package vn.khaosat.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one zone of the application and its clock. The clock reads the process engine's clock so that
 * moving engine time (process tests, the training clock) moves the whole application with it.
 */
@Configuration(proxyBeanMethods = false)
public class AppTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Bean
    Clock clock() {
        return new EngineClock(ZONE);
    }

    static final class EngineClock extends Clock {
        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new EngineClock(newZone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
