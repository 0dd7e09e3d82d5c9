package vn.khaosat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * axe-core, the npm package, run in the page of a browser test. The package comes from the npm
 * registry once per build (pinned version, checked against the registry's SHA-512 integrity) and
 * is kept under target/.
 */
public final class Axe {

    static final String VERSION = "4.14.1";
    static final String INTEGRITY = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";
    static final Path SCRIPT = Path.of("target", "axe-core-" + VERSION + ".min.js");

    /** One rule broken on a page: its id, impact, help text and a few of the elements. */
    public record Violation(String id, String impact, String help, List<String> nodes) {
        public boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }
    }

    private Axe() {
    }

    /** Runs axe on the page the browser shows (WCAG 2.1 A and AA rules) and returns what it found. */
    public static List<Violation> check(WebDriver driver) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(script());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object json = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                + " resultTypes: ['violations']}).then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
                + " return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(function (n) {"
                + " return JSON.stringify(n.target); })}; }))); }).catch(function (e) { done('ERROR ' + e); });");
        if (json.toString().startsWith("ERROR")) {
            throw new IllegalStateException("axe failed: " + json);
        }
        return new ObjectMapper().readValue(json.toString(), new TypeReference<List<Violation>>() {
        });
    }

    static synchronized String script() throws Exception {
        if (!Files.exists(SCRIPT)) {
            byte[] tarball = download("https://registry.npmjs.org/axe-core/-/axe-core-" + VERSION + ".tgz");
            String integrity = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512")
                    .digest(tarball));
            if (!integrity.equals(INTEGRITY)) {
                throw new IllegalStateException("axe-core " + VERSION + " does not match its npm integrity");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(
                    new ByteArrayInputStream(tarball)))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    if (entry.getName().equals("package/axe.min.js")) {
                        Files.createDirectories(SCRIPT.getParent());
                        Files.write(SCRIPT, tar.readAllBytes());
                    }
                }
            }
        }
        return Files.readString(SCRIPT, StandardCharsets.UTF_8);
    }

    private static byte[] download(String url) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IOException("npm registry answered " + response.statusCode() + " for " + url);
        }
        try (InputStream in = response.body()) {
            return in.readAllBytes();
        }
    }

    /** For messages: one line per violation. */
    public static String describe(Map<String, List<Violation>> byPage) {
        StringBuilder out = new StringBuilder();
        byPage.forEach((page, violations) -> violations.forEach(v -> out.append(page).append(": ").append(v.impact())
                .append(' ').append(v.id()).append(" – ").append(v.help()).append(' ').append(v.nodes()).append('\n')));
        return out.toString();
    }
}
