package vn.khaosat.org;

import java.util.Map;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import vn.khaosat.base.ui.LoginView;

/**
 * Vaadin screens behind the login form; Camunda's webapps and REST API for administrators only.
 * Camunda's webapps take the user from this login (no second password), see
 * {@link CamundaWebappAuthenticationProvider}.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    static final String[] CAMUNDA_PATHS = {"/camunda/**", "/engine-rest/**"};
    /** The public collection API: kiosks and the online form, no login. */
    static final String[] PUBLIC_API = {"/api/v1/responses", "/api/v1/queued-responses", "/api/v1/questionnaires/**", "/api/v1/kiosk/**", "/api/v1/results", "/api/v1/results.csv",
        "/api/v1/consolidated", "/api/v1/consolidated.csv",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    static final String[] OFFLINE_PAGES = {"/kiosk", "/kiosk/**", "/khao-sat/**", "/kiosk-app/**"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**")).permitAll();
            // the container's error dispatch: its status must reach the caller, not become a 401
            auth.requestMatchers(paths.matcher("/error")).permitAll();
            // the chart script of the public results page
            auth.requestMatchers(paths.matcher("/webjars/echarts/**")).permitAll();
            // the offline-first kiosk and online form (collection.offline): pages that run in the browser
            for (String path : OFFLINE_PAGES) {
                auth.requestMatchers(paths.matcher(path)).permitAll();
            }
            for (String path : PUBLIC_API) {
                auth.requestMatchers(paths.matcher(path)).permitAll();
            }
            for (String path : CAMUNDA_PATHS) {
                auth.requestMatchers(paths.matcher(path)).hasRole(Role.ADMIN.name());
            }
        });
        // Camunda's webapps bring their own CSRF protection; the REST API is called by programs
        http.csrf(csrf -> {
            for (String path : CAMUNDA_PATHS) {
                csrf.ignoringRequestMatchers(paths.matcher(path));
            }
            csrf.ignoringRequestMatchers(paths.matcher("/api/**"));
        });
        // ASVS 14.4: no sniffing, no framing by other sites, no referrer to other sites; the policy
        // allows what Vaadin needs (inline bootstrap, executeJs) and nothing from elsewhere. Camunda's
        // webapps send their own policy.
        http.headers(headers -> headers
                .contentTypeOptions(c -> { })
                .frameOptions(f -> f.sameOrigin())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(paths.matcher("/camunda/**")),
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))));
        http.httpBasic(basic -> { });
        http.exceptionHandling(e -> {
            e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                    paths.matcher("/engine-rest/**"));
            e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                    paths.matcher("/api/**"));
        });
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(
                Map.of("authentication-provider", CamundaWebappAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        // after Spring Security's filter chain (order -100), which has put the user into the context
        registration.setOrder(101);
        return registration;
    }
}
