package vn.khaosat.org;

import java.util.Arrays;
import java.util.Map;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
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
    /** The API's description and its browser page, no login. */
    static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /**
     * The public API's own calls (kiosks, the online form, open data): no login, no session, no
     * CSRF token, so they go through a filter chain of their own without Vaadin's request matchers,
     * the session-backed security context and the request cache (issue 21, B1).
     */
    static final String[] STATELESS_API = {"/api/v1/responses", "/api/v1/queued-responses", "/api/v1/questionnaires/**",
        "/api/v1/kiosk/**", "/api/v1/results", "/api/v1/results.csv", "/api/v1/consolidated", "/api/v1/consolidated.csv"};

    static final String[] OFFLINE_PAGES = {"/kiosk", "/kiosk/**", "/khao-sat/**", "/kiosk-app/**"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * No observation around each of Spring Security's filters: wrapping every filter in a timed
     * observation cost ~10 % of an API request's CPU (B1), and the figures are not exposed.
     */
    @Bean
    SecurityObservationSettings noSpringSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain statelessApiChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(Arrays.stream(STATELESS_API).map(paths::matcher).toArray(RequestMatcher[]::new)));
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(csrf -> csrf.disable());
        http.requestCache(cache -> cache.disable());
        // nothing here to log out of, no login to ask the servlet API about, nobody to name anonymous
        http.logout(logout -> logout.disable());
        http.servletApi(servletApi -> servletApi.disable());
        http.anonymous(anonymous -> anonymous.disable());
        securityHeaders(http, paths);
        return http.build();
    }

    @Bean
    @Order(2)
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
            for (String path : API_DOCS) {
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
        securityHeaders(http, paths);
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

    private static void securityHeaders(HttpSecurity http, PathPatternRequestMatcher.Builder paths) throws Exception {
        http.headers(headers -> headers
                .contentTypeOptions(c -> { })
                .frameOptions(f -> f.sameOrigin())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(paths.matcher("/camunda/**")),
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))));
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
