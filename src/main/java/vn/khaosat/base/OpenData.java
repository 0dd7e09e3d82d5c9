package vn.khaosat.base;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.WebRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every open-data endpoint does the same way: a request quota per client, frozen figures served
 * with an ETag (304 for a client that has them) and a public cache time, CSV in UTF-8 with a BOM so
 * Excel reads Vietnamese, and refusals with a message in the caller's language.
 */
@Component
public class OpenData {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** A refusal as the API writes it. */
    public record Error(String code, String message) {
    }

    private final RateLimiter limiter = new RateLimiter();
    private final int perClient;
    private final MessageSource messages;
    private final ObjectMapper json;

    public OpenData(@Value("${app.open-data.rate-limit.per-client:120}") int perClient, MessageSource messages,
            ObjectMapper json) {
        this.perClient = perClient;
        this.messages = messages;
        this.json = json;
    }

    /** The 429 to answer when the client used its minute's requests; empty when it may go on. */
    public Optional<ResponseEntity<byte[]>> refuseIfTooMany(HttpServletRequest request) {
        String key = "open-data:" + request.getRemoteAddr();
        if (limiter.tryAcquire(key, perClient)) {
            return Optional.empty();
        }
        return Optional.of(ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(limiter.secondsToNextWindow(key)))
                .contentType(MediaType.APPLICATION_JSON)
                .body(error("api.error.rateLimited", request)));
    }

    /** A 400 naming what is wrong with the request. */
    public ResponseEntity<byte[]> badRequest(String messageKey, HttpServletRequest request) {
        return refuse(HttpStatus.BAD_REQUEST, messageKey, request);
    }

    public ResponseEntity<byte[]> refuse(HttpStatus status, String messageKey, HttpServletRequest request) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error(messageKey, request));
    }

    public byte[] json(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The body with its ETag and cache time, or 304 when the client's copy is current (figures once
     * published never change). {@code fileName} names a CSV download.
     */
    public ResponseEntity<byte[]> frozen(byte[] body, MediaType type, String fileName, WebRequest request) {
        String etag = "\"" + DigestUtils.md5DigestAsHex(body) + "\"";
        if (request.checkNotModified(etag)) {
            return null; // 304, already set by checkNotModified
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().eTag(etag).contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic());
        if (fileName != null) {
            ok.header("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        }
        return ok.body(body);
    }

    /** A CSV file: a BOM, the header, the rows. */
    public static byte[] csv(List<String> header, List<List<?>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Rates with a point and one decimal, as spreadsheets and scripts read them; empty when none. */
    public static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    private byte[] error(String key, HttpServletRequest request) {
        return json(new Error(key, messages.getMessage(key, null, key, ApiLanguage.of(request))));
    }
}
