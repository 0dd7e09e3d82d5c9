package vn.khaosat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The test application's HTTP server as a network outage sees it: stopped and started again on the
 * same port (connection refused in between, as when the commune's server is down), and the
 * acknowledgement of a queued rating lost after the server stored it.
 */
@TestConfiguration
public class TestServer {

    private final AtomicInteger acknowledgementsToLose = new AtomicInteger();
    private final AtomicInteger queuedRequests = new AtomicInteger();
    private final ServletWebServerApplicationContext context;

    TestServer(ServletWebServerApplicationContext context) {
        this.context = context;
    }

    /** Without it, a stopped connector keeps its port bound and a client waits instead of being refused. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> unbindWhenStopped() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setProperty("bindOnInit", "false"));
    }

    /** The server stops answering: the port refuses connections. */
    public void stop() throws Exception {
        Connector connector = connector();
        // the tests' server.port is 0: started again, it must take the port the browser knows, not a new one
        connector.setPort(connector.getLocalPort());
        connector.stop();
    }

    public void start() throws Exception {
        connector().start();
    }

    private Connector connector() {
        return ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
    }

    /** The next {@code count} queued ratings are stored, but their sender gets a 503 instead of the answer. */
    public void loseAcknowledgements(int count) {
        acknowledgementsToLose.set(count);
    }

    /** Requests to /api/v1/queued-responses since the last reset. */
    public int queuedRequests() {
        return queuedRequests.get();
    }

    public void reset() {
        acknowledgementsToLose.set(0);
        queuedRequests.set(0);
    }

    @Bean
    FilterRegistrationBean<Filter> lostAcknowledgements() {
        Filter filter = (request, response, chain) -> {
            queuedRequests.incrementAndGet();
            if (acknowledgementsToLose.getAndUpdate(n -> Math.max(0, n - 1)) <= 0) {
                chain.doFilter(request, response);
                return;
            }
            HttpServletResponse http = (HttpServletResponse) response;
            ContentCachingResponseWrapper swallowed = new ContentCachingResponseWrapper(http);
            chain.doFilter(request, swallowed);
            loseAnswer(http);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/v1/queued-responses");
        return registration;
    }

    private static void loseAnswer(HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.flushBuffer();
    }
}
