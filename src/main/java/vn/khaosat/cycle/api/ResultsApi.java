package vn.khaosat.cycle.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.khaosat.base.UnitNames;
import vn.khaosat.cycle.PeriodResults;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.cycle.PublishedPeriod;

/**
 * Open data: a commune's published (frozen) figures, as the public page shows them, for the
 * province's systems, Excel and Power BI. No login; nothing of a period that is not published.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Dữ liệu mở", description = "Published satisfaction figures of a commune, as JSON or CSV")
public class ResultsApi {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** One published period of a commune. */
    public record Result(String communeCode, String communeName, String periodCode, String periodName,
            LocalDate from, LocalDate to, LocalDate publicationDate, boolean late, int responses, Double overallRate,
            int coverageTarget, List<Field> fields) {
    }

    public record Field(String code, String name, int responses, Double rate, Integer dossiers, Double coverage,
            List<Criterion> criteria) {
    }

    public record Criterion(int position, String text, List<Level> levels, Double rate) {
    }

    public record Level(String label, int count) {
    }

    private final PublicationService publications;
    private final UnitNames units;
    private final ObjectMapper json;

    public ResultsApi(PublicationService publications, UnitNames units, ObjectMapper json) {
        this.publications = publications;
        this.units = units;
        this.json = json;
    }

    @Operation(summary = "A commune's published periods (newest first), per field, criterion and level",
            description = "Example: `curl 'http://localhost:8080/api/v1/results?commune=TX&year=2026&period=Q1'`. "
                    + "Only figures published on the 28th are served; they never change, hence the ETag.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = Result.class))))
    @GetMapping(path = "/results", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> json(
            @Parameter(description = "commune code, e.g. TX") @RequestParam String commune,
            @Parameter(description = "year, e.g. 2026") @RequestParam(required = false) Integer year,
            @Parameter(description = "a period code (2026-03, 2026-Q1) or a kind: M, Q1, H1, Q3, Y")
            @RequestParam(required = false) String period, WebRequest request) {
        // serialised once: its bytes give the ETag and are the body
        byte[] body;
        try {
            body = json.writeValueAsBytes(results(commune, year, period));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String etag = etag(body);
        if (request.checkNotModified(etag)) {
            return null; // 304, already set by checkNotModified
        }
        return ok(etag, MediaType.APPLICATION_JSON).body(body);
    }

    @Operation(summary = "The same as CSV (UTF-8 with BOM, so Excel reads Vietnamese), one line per field, "
            + "criterion and level; also at /api/v1/results.csv for a plain link")
    @GetMapping(path = {"/results", "/results.csv"}, produces = "text/csv")
    public ResponseEntity<byte[]> csv(@RequestParam String commune, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String period, WebRequest request) {
        byte[] body = csv(results(commune, year, period));
        String etag = etag(body);
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ok(etag, CSV)
                .header("Content-Disposition", "inline; filename=\"ket-qua-" + commune.toLowerCase(Locale.ROOT) + ".csv\"")
                .body(body);
    }

    List<Result> results(String commune, Integer year, String period) {
        String code = commune.strip().toUpperCase(Locale.ROOT);
        List<Result> results = new ArrayList<>();
        for (PublishedPeriod p : publications.published(code)) {
            if ((year == null || p.periodCode().startsWith(year + "-")) && matches(p.periodCode(), period)) {
                results.add(result(code, p));
            }
        }
        return results;
    }

    private static boolean matches(String periodCode, String period) {
        if (period == null || period.isBlank()) {
            return true;
        }
        String wanted = period.strip().toUpperCase(Locale.ROOT);
        return periodCode.equals(wanted) || PublicationService.kind(periodCode).equals(wanted);
    }

    private Result result(String commune, PublishedPeriod p) {
        PeriodResults r = p.results();
        List<Field> fields = r.fields().stream().map(f -> new Field(f.fieldCode(), f.fieldName(), f.responses(), f.rate(),
                f.dossiers(), f.coverage(), f.criteria().stream().map(c -> {
                    List<Level> levels = new ArrayList<>();
                    for (int i = 0; i < c.levelCounts().size(); i++) {
                        levels.add(new Level(r.levelLabels().get(i), c.levelCounts().get(i)));
                    }
                    return new Criterion(c.position(), c.text(), levels, c.rate());
                }).toList())).toList();
        return new Result(commune, units.nameOf(commune), p.periodCode(), p.periodName(), r.from(), r.to(),
                p.publicationDate(), p.late(), r.responses(), r.overallRate(), r.coverageTarget(), fields);
    }

    private static byte[] csv(List<Result> results) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("commune_code", "commune_name",
                "period_code", "period_name", "publication_date", "field_code", "field_name", "field_responses",
                "field_rate", "coverage", "criterion", "criterion_text", "level", "count", "criterion_rate").get())) {
            for (Result r : results) {
                for (Field f : r.fields()) {
                    for (Criterion c : f.criteria()) {
                        for (Level l : c.levels()) {
                            csv.printRecord(r.communeCode(), r.communeName(), r.periodCode(), r.periodName(),
                                    r.publicationDate(), f.code(), f.name(), f.responses(), number(f.rate()),
                                    number(f.coverage()), c.position(), c.text(), l.label(), l.count(), number(c.rate()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Rates with a point and one decimal, as spreadsheets and scripts read them; empty when none. */
    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Published figures never change: a client that has them gets 304 (ETag), and may keep them a while. */
    private static String etag(byte[] body) {
        return "\"" + DigestUtils.md5DigestAsHex(body) + "\"";
    }

    private static ResponseEntity.BodyBuilder ok(String etag, MediaType type) {
        return ResponseEntity.ok().eTag(etag).contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic());
    }
}
