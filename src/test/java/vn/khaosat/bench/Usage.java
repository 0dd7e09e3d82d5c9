package vn.khaosat.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;

/** Statements the database server has run, CPU used by this JVM and by the database server (-1 when not here). */
record Usage(long statements, long jvmCpuMillis, long dbCpuMillis) {

    static Usage of(JdbcTemplate jdbc) {
        long statements = jdbc.query("SHOW GLOBAL STATUS LIKE 'Questions'", rs -> {
            rs.next();
            return rs.getLong(2);
        });
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
        return new Usage(statements, jvm, databaseCpuMillis());
    }

    /** CPU the database server has used so far: the embedded server is a process of this machine; a remote one is not seen. */
    static long databaseCpuMillis() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .map(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L))
                .findFirst().orElse(-1L);
    }

    Usage minus(Usage before) {
        return new Usage(statements - before.statements, jvmCpuMillis - before.jvmCpuMillis,
                dbCpuMillis < 0 || before.dbCpuMillis < 0 ? -1 : dbCpuMillis - before.dbCpuMillis);
    }
}
