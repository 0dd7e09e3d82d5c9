package vn.khaosat.cycle.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.khaosat.base.OpenData;
import vn.khaosat.base.UnitNames;
import vn.khaosat.cycle.PeriodResults;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.cycle.PublishedPeriod;

/**
 * Open data: the published (frozen) figures of a commune, or of every commune of a district, as the
 * public page shows them, for the province's systems, Excel and Power BI. No login; nothing of a
 * period that is not published.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Dữ liệu mở", description = "Published satisfaction figures (open data), as JSON or CSV; no login")
public class ResultsApi {

    static final String EXAMPLE = """
            [{"communeCode":"TX","communeName":"Xã Tây Xuân","periodCode":"2026-Q1","periodName":"quý I/2026",
              "from":"2025-12-21","to":"2026-03-20","publicationDate":"2026-03-28","late":false,"responses":412,
              "overallRate":93.4,"coverageTarget":10,
              "fields":[{"code":"TP-HT","name":"Tư pháp – hộ tịch","responses":120,"rate":95.0,"dossiers":900,
                "coverage":13.3,"criteria":[{"position":1,"text":"Thủ tục hành chính được niêm yết công khai, đầy đủ",
                "levels":[{"label":"Rất hài lòng","count":70},{"label":"Hài lòng","count":44},
                {"label":"Không hài lòng","count":6}],"rate":95.0}]}]}]""";

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
    private final OpenData openData;

    public ResultsApi(PublicationService publications, UnitNames units, OpenData openData) {
        this.publications = publications;
        this.units = units;
        this.openData = openData;
    }

    @Operation(summary = "Published periods of a commune or of a district's communes (newest first), per field, "
            + "criterion and level",
            description = "Give either `commune` or `district`. Examples: "
                    + "`curl 'http://localhost:8080/api/v1/results?commune=TX&year=2026&period=Q1'`, "
                    + "`curl 'http://localhost:8080/api/v1/results?district=TS&period=2026-03'`, "
                    + "`curl -H 'Accept: text/csv' 'http://localhost:8080/api/v1/results?commune=TX'`. "
                    + "Only figures published on the 28th are served; they never change, hence the ETag. "
                    + "At most 120 requests a minute per client (429 with Retry-After beyond).")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = Result.class)),
            examples = @ExampleObject(name = "quý I/2026 của Xã Tây Xuân", value = EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "neither or both of commune and district, or a bad year")
    @ApiResponse(responseCode = "429", description = "too many requests from this client in a minute")
    @GetMapping(path = "/results", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> json(
            @Parameter(description = "commune code", example = "TX") @RequestParam(required = false) String commune,
            @Parameter(description = "district (or province) code: all its communes", example = "TS")
            @RequestParam(required = false) String district,
            @Parameter(description = "year", example = "2026") @RequestParam(required = false) Integer year,
            @Parameter(description = "a period code (2026-03, 2026-Q1) or a kind: M, Q1, H1, Q3, Y", example = "Q1")
            @RequestParam(required = false) String period, HttpServletRequest http, WebRequest request) {
        return serve(commune, district, year, period, http, request, false);
    }

    @Operation(summary = "The same as CSV (UTF-8 with BOM, so Excel reads Vietnamese), one line per field, "
            + "criterion and level; also at /api/v1/results.csv for a plain link")
    @GetMapping(path = {"/results", "/results.csv"}, produces = "text/csv")
    public ResponseEntity<byte[]> csv(@RequestParam(required = false) String commune,
            @RequestParam(required = false) String district, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String period, HttpServletRequest http, WebRequest request) {
        return serve(commune, district, year, period, http, request, true);
    }

    private ResponseEntity<byte[]> serve(String commune, String district, Integer year, String period,
            HttpServletRequest http, WebRequest request, boolean asCsv) {
        var refused = openData.refuseIfTooMany(http);
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean hasCommune = commune != null && !commune.isBlank();
        boolean hasDistrict = district != null && !district.isBlank();
        if (hasCommune == hasDistrict) {
            return openData.badRequest("api.error.communeOrDistrict", http);
        }
        if (year != null && (year < 2000 || year > 2100)) {
            return openData.badRequest("api.error.year", http);
        }
        List<String> communes = hasCommune ? List.of(code(commune)) : units.communeCodesUnder(code(district));
        // a district's communes in three statements whatever their number: publications, snapshots, names
        Map<String, List<PublishedPeriod>> published = publications.published(communes);
        Map<String, String> names = units.namesOf(communes);
        List<Result> results = new ArrayList<>();
        for (String code : communes) {
            for (PublishedPeriod p : published.getOrDefault(code, List.of())) {
                if ((year == null || p.periodCode().startsWith(year + "-")) && matches(p.periodCode(), period)) {
                    results.add(result(code, names.get(code), p));
                }
            }
        }
        String name = (hasCommune ? commune : district).strip().toLowerCase(Locale.ROOT);
        return asCsv ? openData.frozen(csv(results), OpenData.CSV, "ket-qua-" + name + ".csv", request)
                : openData.frozen(openData.json(results), MediaType.APPLICATION_JSON, null, request);
    }

    private static String code(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean matches(String periodCode, String period) {
        if (period == null || period.isBlank()) {
            return true;
        }
        String wanted = period.strip().toUpperCase(Locale.ROOT);
        return periodCode.equals(wanted) || PublicationService.kind(periodCode).equals(wanted);
    }

    private static Result result(String commune, String communeName, PublishedPeriod p) {
        PeriodResults r = p.results();
        List<Field> fields = r.fields().stream().map(f -> new Field(f.fieldCode(), f.fieldName(), f.responses(), f.rate(),
                f.dossiers(), f.coverage(), f.criteria().stream().map(c -> {
                    List<Level> levels = new ArrayList<>();
                    for (int i = 0; i < c.levelCounts().size(); i++) {
                        levels.add(new Level(r.levelLabels().get(i), c.levelCounts().get(i)));
                    }
                    return new Criterion(c.position(), c.text(), levels, c.rate());
                }).toList())).toList();
        return new Result(commune, communeName, p.periodCode(), p.periodName(), r.from(), r.to(),
                p.publicationDate(), p.late(), r.responses(), r.overallRate(), r.coverageTarget(), fields);
    }

    private static byte[] csv(List<Result> results) {
        List<List<?>> rows = new ArrayList<>();
        for (Result r : results) {
            for (Field f : r.fields()) {
                for (Criterion c : f.criteria()) {
                    for (Level l : c.levels()) {
                        rows.add(List.of(r.communeCode(), r.communeName(), r.periodCode(), r.periodName(),
                                r.publicationDate(), f.code(), f.name(), f.responses(), OpenData.number(f.rate()),
                                OpenData.number(f.coverage()), c.position(), c.text(), l.label(), l.count(),
                                OpenData.number(c.rate())));
                    }
                }
            }
        }
        return OpenData.csv(List.of("commune_code", "commune_name", "period_code", "period_name", "publication_date",
                "field_code", "field_name", "field_responses", "field_rate", "coverage", "criterion", "criterion_text",
                "level", "count", "criterion_rate"), rows);
    }
}
