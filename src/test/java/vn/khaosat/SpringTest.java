package vn.khaosat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on the embedded MariaDB (Flyway and Camunda schema applied, demo organisation
 * loaded), served on a random port. Every test class uses this one configuration, so the context
 * starts once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestProcesses.class, TestCampaigns.class, TestCycles.class, TestDistrict.class, TestServer.class})
public @interface SpringTest {
}
