package vn.khaosat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Collects a benchmark's figures, prints them and appends them, with the date and the machine, to
 * docs/benchmarks.md (system property {@code bench.report}, set by the bench profile).
 */
final class BenchReport {

    record Row(String id, String measure, String goal, String measured, String baseline, String ratio, String note) {
    }

    private final String title;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchReport(String title) {
        this.title = title;
    }

    void add(String id, String measure, String goal, String measured, String baseline, String ratio, String note) {
        rows.add(new Row(id, measure, goal, measured, baseline, ratio, note));
    }

    void note(String text) {
        notes.add(text);
    }

    /** The engine's history level as its database records it: runs at another level than the product's are not comparable. */
    private static String historyLevel(JdbcTemplate jdbc) {
        List<String> level = jdbc.queryForList("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'", String.class);
        String name = level.isEmpty() ? null : switch (level.get(0)) {
            case "0" -> "none";
            case "1" -> "activity";
            case "2" -> "audit";
            case "3" -> "full";
            default -> "level " + level.get(0);
        };
        return name == null ? "" : ", Camunda history " + name;
    }

    void write(JdbcTemplate jdbc) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("\n### ").append(title).append(" — ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append("\n\n");
        out.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB, Java ")
                .append(System.getProperty("java.version")).append(", MariaDB ")
                .append(jdbc.queryForObject("SELECT VERSION()", String.class)).append(" (embedded)")
                .append(historyLevel(jdbc)).append("\n\n");
        out.append("| # | measure | goal | measured | baseline | ratio | note |\n|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(String.join(" | ", r.id(), r.measure(), r.goal(), r.measured(), r.baseline(),
                    r.ratio(), r.note())).append(" |\n");
        }
        notes.forEach(n -> out.append("\n").append(n).append("\n"));
        System.out.println(out);
        String report = System.getProperty("bench.report");
        if (report != null) {
            Files.writeString(Path.of(report), out, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%,.1f", value);
    }
}
