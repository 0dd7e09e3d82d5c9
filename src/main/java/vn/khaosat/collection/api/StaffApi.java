package vn.khaosat.collection.api;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.khaosat.base.ApiLanguage;
import vn.khaosat.collection.Coverage;
import vn.khaosat.collection.DossierService;
import vn.khaosat.collection.ImportReport;

/** For commune staff's own tools (HTTP Basic or the screens' session): dossier counts in, coverage out. */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Cán bộ xã", description = "Dossier-count import and coverage of the caller's commune")
public class StaffApi {

    private final DossierService dossiers;
    private final MessageSource messages;

    StaffApi(DossierService dossiers, MessageSource messages) {
        this.dossiers = dossiers;
        this.messages = messages;
    }

    @Operation(summary = "Import dossier counts (CSV or XLSX: month or date, field, count); with errors nothing is "
            + "stored unless validRows=true")
    @PostMapping("/dossier-counts")
    public ResponseEntity<ImportReport> importCounts(@RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validRows) throws IOException {
        ImportReport report = dossiers.importFile(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                file.getInputStream(), validRows);
        return ResponseEntity.status(report.errors().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(report);
    }

    @Operation(summary = "Coverage of the caller's commune in a year, per field and month")
    @GetMapping("/coverage/{year}")
    public Coverage coverage(@PathVariable int year) {
        return dossiers.coverage(year);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ResponseApi.Error> denied(HttpServletRequest request) {
        Locale locale = ApiLanguage.of(request);
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ResponseApi.Error("forbidden",
                messages.getMessage("api.forbidden", null, "forbidden", locale), Map.of()));
    }
}
