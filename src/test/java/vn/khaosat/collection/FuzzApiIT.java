package vn.khaosat.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.plan.Channel;

/**
 * Thousands of malformed inputs to the public API and the dossier import, generated from a fixed
 * seed: never a server error, never a row changed, always a message a person can read.
 */
@SpringTest
class FuzzApiIT {

    static final long SEED = 20_241_123L;
    static final int SUBMISSIONS = 2_500;
    static final int READS = 300;
    static final int IMPORTS = 200;

    /** What people (and robots) type where they should not. */
    static final List<String> NASTY = List.of("'; DROP TABLE survey_response; --", "\" OR 1=1 --", "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "${jndi:ldap://x/a}", "%00", "\u0000", "\u202Ekiosk", "\u200B\u200B",
            "\uD83D\uDE00", "\uD800", "Ṫệṡṫ ṽớị ḋấụ", "../../etc/passwd", "null", "NaN", "-1", "1e309", "TX\nTX",
            " ", "", "\t");

    @LocalServerPort
    int port;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    final Random random = new Random(SEED);
    final Map<Integer, Integer> statuses = new TreeMap<>();
    String token;

    @BeforeEach
    void runningCampaignAndKiosk() {
        TestClock.set(2024, 3, 10, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.KIOSK, Channel.ONLINE, Channel.PAPER));
        token = campaigns.registerKiosk("TX", "Kiosk thử");
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void malformed_submissions_reads_and_imports_get_a_clear_4xx_and_change_nothing() throws Exception {
        int responsesBefore = count("survey_response");
        int answersBefore = count("response_answer");
        int dossiersBefore = count("dossier_count");
        List<String> problems = new ArrayList<>();

        for (int i = 0; i < SUBMISSIONS; i++) {
            String kiosk = switch (random.nextInt(4)) {
                case 0 -> token;
                case 1 -> pick(NASTY) + random.nextInt();
                default -> null;
            };
            String body = malformedSubmission(token.equals(kiosk));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/responses"))
                    .header("Content-Type", random.nextInt(20) == 0 ? "text/plain" : "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (kiosk != null && !kiosk.isEmpty() && kiosk.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                request.header("X-Kiosk-Token", kiosk);
            }
            check("POST /responses " + abbreviate(body), http.send(request.build(), HttpResponse.BodyHandlers.ofString()),
                    problems, true);
        }
        // the same bodies queued on a device, with device times well formed, absurd or missing
        List<String> times = List.of("\"2024-03-10T01:00:00Z\"", "\"2023-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "null",
            "\"hôm qua\"", "17", "\"2024-02-30T00:00:00Z\"", "[]");
        for (int i = 0; i < SUBMISSIONS / 2; i++) {
            String body = "{\"answeredAt\":" + pick(times) + ",\"sentAt\":" + pick(times) + ",\"response\":"
                    + malformedSubmission(true) + "}";
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/queued-responses"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (random.nextBoolean()) {
                request.header("X-Kiosk-Token", token);
            }
            check("POST /queued-responses " + abbreviate(body), http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString()), problems, true);
        }
        for (int i = 0; i < READS; i++) {
            String commune = URLEncoder.encode(pick(NASTY) + randomString(random.nextInt(30)), StandardCharsets.UTF_8)
                    .replace("+", "%20");
            HttpResponse<String> read = random.nextBoolean()
                    ? http.send(HttpRequest.newBuilder(uri("/api/v1/questionnaires/" + (commune.isEmpty() ? "x" : commune)))
                            .GET().build(), HttpResponse.BodyHandlers.ofString())
                    : http.send(HttpRequest.newBuilder(uri("/api/v1/kiosk/questionnaire"))
                            .header("X-Kiosk-Token", "t" + random.nextLong()).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            // a path the container or Spring's firewall refuses (encoded slash, NUL, …) gets their plain
            // 400 page: checked for leaks below, not for a message
            check("GET " + commune, read, problems, read.statusCode() != 400);
        }
        for (int i = 0; i < IMPORTS; i++) {
            byte[] file = malformedImport();
            String name = switch (random.nextInt(4)) {
                case 0 -> "so-ho-so.csv";
                case 1 -> "so-ho-so.xlsx";
                case 2 -> pick(NASTY) + ".csv";
                default -> "tep.bin";
            };
            check("POST /staff/dossier-counts (" + file.length + " bytes)", upload(name, file), problems, false);
        }

        System.out.printf("fuzz (seed %d): %d submissions, %d reads, %d imports; statuses %s%n", SEED, SUBMISSIONS,
                READS, IMPORTS, statuses);
        assertThat(problems).isEmpty();
        assertThat(statuses.keySet()).allMatch(s -> s >= 400 && s < 500);
        assertThat(count("survey_response")).isEqualTo(responsesBefore);
        assertThat(count("response_answer")).isEqualTo(answersBefore);
        assertThat(count("dossier_count")).isEqualTo(dossiersBefore);
        assertThat(count("kept_rating")).isZero();
    }

    // ---- the generator: every case carries at least one defect that makes it invalid

    /** @param atKiosk the kiosk's token is sent: its commune and channel come from the token, not the body */
    private String malformedSubmission(boolean atKiosk) {
        List<Supplier<String>> kinds = List.of(
                this::randomJson,
                () -> randomString(random.nextInt(200)),
                () -> "",
                () -> "[" + validSubmission() + "]",
                () -> validSubmission().substring(0, 1 + random.nextInt(validSubmission().length() - 2)),
                () -> validSubmission().replace("\"TP-HT\"", quoted(pick(NASTY) + randomString(random.nextInt(5)))),
                () -> atKiosk ? "{}" : validSubmission().replace("\"TX\"", quoted(pick(NASTY))),
                () -> validSubmission().replace("\"level\":1", "\"level\":" + pick(List.of("0", "-1", "4", "99",
                        "2147483648", "null", "true", "[]"))),
                () -> validSubmission().replace("\"criterion\":2", "\"criterion\":" + pick(List.of("0", "-3", "5",
                        "999999", "\"hai\"", "null", "{}"))),
                () -> atKiosk ? "[]" : validSubmission().replace("\"ONLINE\"", quoted(pick(List.of("FAX", "kiosk ", "",
                        "PAPER\u0000")))),
                () -> validSubmission().replace("\"answers\":[", "\"answers\":[{\"criterion\":1,\"level\":1},"),
                () -> validSubmission().replace("\"fieldCode\":\"TP-HT\"", "\"fieldCode\":\"" + "A".repeat(100_000) + "\""),
                () -> atKiosk ? "nil" : validSubmission().replace("\"communeCode\":\"TX\"", "\"communeCode\":"
                        + pick(List.of("1", "[]", "{\"a\":1}", "null", "true"))),
                () -> validSubmission().replace("\"channel\":\"ONLINE\",",
                        "\"channel\":\"PAPER\",\"givenOn\":" + quoted(pick(List.of("2024-13-40", "hôm qua", "2099-01-01",
                                "24/03/2024", "")) + ",")),
                () -> "{".repeat(2_000) + "}".repeat(2_000),
                () -> validSubmission().replace("\"answers\":[", "\"answers\":[" + "{\"criterion\":1,\"level\":1},"
                        .repeat(5_000)));
        return kinds.get(random.nextInt(kinds.size())).get();
    }

    private String validSubmission() {
        return "{\"communeCode\":\"TX\",\"fieldCode\":\"TP-HT\",\"channel\":\"ONLINE\",\"comment\":\"ổn\","
                + "\"answers\":[{\"criterion\":1,\"level\":1},{\"criterion\":2,\"level\":1},"
                + "{\"criterion\":3,\"level\":2},{\"criterion\":4,\"level\":1}]}";
    }

    /** A JSON object with random keys and values of random types: never a complete submission. */
    private String randomJson() {
        StringBuilder json = new StringBuilder("{");
        int keys = random.nextInt(6);
        for (int k = 0; k < keys; k++) {
            json.append(k == 0 ? "" : ",").append(quoted(pick(List.of("communeCode", "fieldCode", "channel",
                    "answers", "clientId", pick(NASTY))))).append(':').append(pick(List.of("1", "true", "null", "[]",
                    "{}", quoted(pick(NASTY)), "[{\"criterion\":\"x\"}]", "-0.0", "\"\\uD800\"")));
        }
        return json.append('}').toString();
    }

    private byte[] malformedImport() {
        return switch (random.nextInt(6)) {
            case 0 -> ("thang,linh_vuc,so_ho_so\n" + random.nextInt(20) + "/2024," + pick(NASTY) + ","
                    + pick(List.of("-5", "abc", "1e9", "", "99999999999"))).getBytes(StandardCharsets.UTF_8);
            case 1 -> randomBytes(random.nextInt(5_000));
            case 2 -> ("Tháng;Lĩnh vực;Số hồ sơ\n03/2024;TP-HT;12\n" + pick(NASTY) + ";VHXH;"
                    + pick(List.of("-1", "x", "", "3.7"))).getBytes(StandardCharsets.UTF_8);
            case 3 -> new byte[0];
            case 4 -> ("PK\u0003\u0004" + randomString(300)).getBytes(StandardCharsets.ISO_8859_1);
            default -> ("thang,linh_vuc,so_ho_so\n" + "03/2024,KHONG-CO,5\n".repeat(1 + random.nextInt(3_000)))
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    // ---- checks

    private void check(String what, HttpResponse<String> response, List<String> problems, boolean wantsMessage) {
        statuses.merge(response.statusCode(), 1, Integer::sum);
        if (response.statusCode() >= 500) {
            problems.add(response.statusCode() + " for " + what + ": " + abbreviate(response.body()));
        } else if (response.statusCode() < 400) {
            problems.add("accepted " + what + " (" + response.statusCode() + ")");
        } else if (wantsMessage && !response.body().contains("\"message\":\"") ) {
            problems.add("no message for " + what + ": " + response.statusCode() + " " + abbreviate(response.body()));
        } else if (response.body().contains("Exception") || response.body().contains("SQL")
                || response.body().contains("Tomcat/")) {
            problems.add("internals shown for " + what + ": " + abbreviate(response.body()));
        }
    }

    private HttpResponse<String> upload(String fileName, byte[] content) throws Exception {
        String boundary = "----fuzz" + random.nextInt(1_000_000);
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replace("\"", "").replace("\r", "").replace("\n", "") + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return http.send(HttpRequest.newBuilder(uri("/api/v1/staff/dossier-counts"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("canbo.tx:demo1234".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private String randomString(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) (random.nextBoolean() ? 0x20 + random.nextInt(0x5f) : random.nextInt(0x3000)));
        }
        return s.toString();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String quoted(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
