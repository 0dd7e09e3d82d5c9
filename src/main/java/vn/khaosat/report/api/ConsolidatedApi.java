package vn.khaosat.report.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.khaosat.base.OpenData;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.report.ConsolidatedTable;
import vn.khaosat.report.DistrictService;

/**
 * Open data: a district's consolidated table of a reported period (the table of its report to the
 * province), from the communes' published figures only, as JSON or CSV; no login.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Dữ liệu mở")
public class ConsolidatedApi {

    private static final Pattern PERIOD = Pattern.compile("(?:(\\d{4})-)?(Q1|H1|Q3|Y)");
    private static final Map<String, PeriodType> TYPES = Map.of("Q1", PeriodType.QUARTER_I, "H1",
            PeriodType.SIX_MONTHS, "Q3", PeriodType.QUARTER_III, "Y", PeriodType.YEAR);
    static final String EXAMPLE = """
            {"unitCode":"TS","periodCode":"2026-Q1","title":"Tổng hợp kết quả khảo sát mức độ hài lòng của các xã \
            thuộc Huyện Tây Sơn quý I/2026 (2/3 xã đã công bố)","headers":["Đơn vị","Lĩnh vực","Rất hài lòng",\
            "Hài lòng","Không hài lòng","Số phiếu","Tỷ lệ hài lòng"],"lines":[{"cells":["Xã Tây Xuân",\
            "Tư pháp – hộ tịch","70","44","6","40","95,0%"],"total":false}]}""";

    /** The table with the unit and period it is of. */
    public record Consolidated(String unitCode, String periodCode, String title, List<String> headers,
            List<ConsolidatedTable.Line> lines) {
    }

    private final DistrictService district;
    private final OpenData openData;

    public ConsolidatedApi(DistrictService district, OpenData openData) {
        this.district = district;
        this.openData = openData;
    }

    @Operation(summary = "A district's consolidated table of a reported period (published figures only)",
            description = "Example: `curl 'http://localhost:8080/api/v1/consolidated?district=TS&period=2026-Q1'`; "
                    + "CSV with `Accept: text/csv` or at /api/v1/consolidated.csv. Rates are written as in the "
                    + "report (\"95,0%\").")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = Consolidated.class),
            examples = @ExampleObject(name = "quý I/2026 của Huyện Tây Sơn", value = EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "no district, or a period that is not Q1, H1, Q3 or Y of a year")
    @ApiResponse(responseCode = "404", description = "no such district")
    @GetMapping(path = "/consolidated", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> json(
            @Parameter(description = "district (or province) code", example = "TS") @RequestParam(required = false)
            String district,
            @Parameter(description = "year, unless the period names it", example = "2026") @RequestParam(required = false)
            Integer year,
            @Parameter(description = "a reported period: 2026-Q1, or Q1, H1, Q3, Y with a year", example = "2026-Q1")
            @RequestParam(required = false) String period, HttpServletRequest http, WebRequest request) {
        return serve(district, year, period, http, request, false);
    }

    @Operation(summary = "The same as CSV (UTF-8 with BOM); also at /api/v1/consolidated.csv")
    @GetMapping(path = {"/consolidated", "/consolidated.csv"}, produces = "text/csv")
    public ResponseEntity<byte[]> csv(@RequestParam(required = false) String district,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String period,
            HttpServletRequest http, WebRequest request) {
        return serve(district, year, period, http, request, true);
    }

    private ResponseEntity<byte[]> serve(String unit, Integer year, String period, HttpServletRequest http,
            WebRequest request, boolean asCsv) {
        var refused = openData.refuseIfTooMany(http);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (unit == null || unit.isBlank()) {
            return openData.badRequest("api.error.district", http);
        }
        Matcher m = period == null ? null : PERIOD.matcher(period.strip().toUpperCase(Locale.ROOT));
        if (m == null || !m.matches() || (m.group(1) == null && year == null)) {
            return openData.badRequest("api.error.reportedPeriod", http);
        }
        int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
        if (y < 2000 || y > 2100) {
            return openData.badRequest("api.error.year", http);
        }
        String code = unit.strip().toUpperCase(Locale.ROOT);
        Optional<ConsolidatedTable> table = district.publishedConsolidated(code, y, TYPES.get(m.group(2)));
        if (table.isEmpty()) {
            return openData.refuse(HttpStatus.NOT_FOUND, "api.error.notFound", http);
        }
        String periodCode = y + "-" + m.group(2);
        if (asCsv) {
            List<List<?>> rows = new ArrayList<>();
            table.get().lines().forEach(line -> rows.add(line.cells()));
            return openData.frozen(OpenData.csv(table.get().headers(), rows), OpenData.CSV,
                    "tong-hop-" + code.toLowerCase(Locale.ROOT) + "-" + periodCode.toLowerCase(Locale.ROOT) + ".csv",
                    request);
        }
        return openData.frozen(openData.json(new Consolidated(code, periodCode, table.get().title(),
                table.get().headers(), table.get().lines())), MediaType.APPLICATION_JSON, null, request);
    }
}
