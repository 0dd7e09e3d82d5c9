package vn.khaosat.reliability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application in a JVM of its own (the classes and configuration the packaged jar holds, no
 * test profile) on a database of the test's MariaDB server: what the reliability tests kill,
 * restart and run twice.
 */
public final class AppNode {

    /**
     * A node with the demo builds it as of this instant, whatever the day the test runs: Tây Xuân's
     * plan for 2026 issued, its campaign running, February's period work open (cut-off 15/02).
     */
    public static final String DEMO_START = "2026-02-20T10:00:00+07:00";

    final int port;
    private final List<String> command;
    private final File log;
    private Process process;

    AppNode(String name, String jdbcUrl, String... extraArguments) throws IOException {
        this(name, jdbcUrl, true, extraArguments);
    }

    /** A node with or without the demo data (without: on a database that already holds what it needs). */
    public AppNode(String name, String jdbcUrl, boolean demoData, String... extraArguments) throws IOException {
        this.port = freePort();
        this.log = Path.of("target", "reliability-" + name + ".log").toFile();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "vn.khaosat.Application",
                "--server.port=" + port, "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=root",
                "--spring.datasource.password=",
                // the demo organisation, campaign and kiosk (demo-kiosk-tx), as on the embedded database
                "--app.embedded-db.active=true", "--app.demo-data.enabled=" + demoData, "--app.demo-data.campaign=" + demoData,
                "--app.collection.rate-limit.per-address=1000000", "--app.collection.rate-limit.per-kiosk=1000000",
                // the booter jar's manifest lists target/classes a second time; one root is enough
                "--camunda.bpm.deployment-resource-pattern=classpath:processes/*.bpmn",
                "--logging.level.root=WARN"));
        if (demoData) {
            command.addAll(List.of("--app.training-clock.enabled=true", "--app.training-clock.start=" + DEMO_START));
        }
        command.addAll(List.of(extraArguments));
        this.command = command;
    }

    /** Starts the node and waits until it answers on its health endpoint. */
    public AppNode start() throws Exception {
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the node stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the node did not start within 3 minutes; see " + log);
    }

    /** kill -9: no shutdown hook, no flush, nothing finished. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** CPU time the node's JVM has used so far, in milliseconds (-1 when the system does not tell). */
    public long cpuMillis() {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
