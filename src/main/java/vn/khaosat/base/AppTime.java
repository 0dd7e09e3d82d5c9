package vn.khaosat.base;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one zone of the application and its clock ({@link AppClock}), which the process engine's
 * clock follows: moving it (process tests, the training clock) moves the whole application.
 */
@Configuration(proxyBeanMethods = false)
public class AppTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Bean
    Clock clock() {
        return new AppClock(ZONE);
    }
}
