package vn.khaosat.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.collection.api.ResponseApi;
import vn.khaosat.plan.Channel;

/** The public collection API over real HTTP against the running campaign of Xã Tây Xuân 2024. */
@SpringTest
class CollectionApiIT {

    @LocalServerPort
    int port;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    KioskService kiosks;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    String token;

    @BeforeEach
    void runningCampaignAndKiosk() {
        TestClock.set(2024, 3, 10, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.KIOSK, Channel.ONLINE, Channel.PAPER));
        token = campaigns.registerKiosk("TX", "Kiosk quầy 1");
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void a_kiosk_reads_its_questionnaire_and_a_retried_submission_is_stored_once() throws Exception {
        HttpResponse<String> questionnaire = http.send(HttpRequest.newBuilder(uri("/api/v1/kiosk/questionnaire"))
                .header(ResponseApi.KIOSK_TOKEN, token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(questionnaire.statusCode()).isEqualTo(200);
        assertThat(questionnaire.body()).contains("\"communeName\":\"Xã Tây Xuân\"", "Thời gian giải quyết",
                "Rất hài lòng", "\"code\":\"TP-HT\"", "\"year\":2024");

        String clientId = UUID.randomUUID().toString();
        HttpResponse<String> first = post(kioskAnswer(clientId, null), token, null);
        HttpResponse<String> retry = post(kioskAnswer(clientId, null), token, null);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).contains("\"duplicate\":true");
        assertThat(id(retry.body())).isEqualTo(id(first.body()));
        assertThat(count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response_answer", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT CONCAT(channel, ' ', given_on) FROM survey_response", String.class))
                .isEqualTo("KIOSK 2024-03-10");
    }

    @Test
    void a_receipt_code_counts_once_per_campaign_and_the_first_answer_is_kept() throws Exception {
        HttpResponse<String> first = post(online("HS-2024-0001", 1), null, null);
        HttpResponse<String> second = post(online("HS-2024-0001", 3), null, null);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("Hồ sơ này đã được đánh giá trong đợt khảo sát");
        assertThat(count()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT DISTINCT level FROM response_answer", Integer.class)).containsExactly(1);
    }

    @Test
    void a_revoked_kiosk_is_refused_at_once() throws Exception {
        Login.as(users, "canbo.tx");
        KioskView kiosk = kiosks.kiosks().get(0);
        kiosks.revoke(kiosk.id(), kiosk.version());
        Login.out();

        HttpResponse<String> refused = post(kioskAnswer(UUID.randomUUID().toString(), null), token, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("Thiết bị kiosk chưa được đăng ký hoặc đã bị thu hồi");
        assertThat(post(kioskAnswer(UUID.randomUUID().toString(), null), "made-up-token", null).statusCode())
                .isEqualTo(401);
        assertThat(count()).isZero();
    }

    @Test
    void bad_payloads_get_a_clear_message_and_nothing_is_stored() throws Exception {
        assertRefused(post("""
                {"communeCode":"TX","fieldCode":"KHONG-CO","channel":"ONLINE",
                 "answers":[{"criterion":1,"level":1},{"criterion":2,"level":1},{"criterion":3,"level":1},{"criterion":4,"level":1}]}
                """, null, null), 400, "Lĩnh vực không có trong kế hoạch khảo sát của xã");
        assertRefused(post(answers("[{\"criterion\":1,\"level\":4},{\"criterion\":2,\"level\":1},"
                + "{\"criterion\":3,\"level\":1},{\"criterion\":4,\"level\":1}]"), null, null), 400,
                "Có mức đánh giá nằm ngoài thang đo của mẫu phiếu");
        assertRefused(post(answers("[{\"criterion\":9,\"level\":1}]"), null, null), 400,
                "Có tiêu chí không thuộc mẫu phiếu");
        assertRefused(post(answers("[{\"criterion\":1,\"level\":1}]"), null, null), 400,
                "Hãy đánh giá đủ các tiêu chí bắt buộc");
        assertRefused(post("{\"communeCode\":\"TX\",\"answers\":\"nhiều\"", null, null), 400,
                "Dữ liệu gửi lên không đúng định dạng");
        assertRefused(post(online("'; DROP TABLE survey_response; --", 1), null, null), 400,
                "Mã hồ sơ chỉ gồm chữ, số");
        assertRefused(post(online(null, 1).replace("\"TX\"", "\"TP\""), null, null), 409,
                "Xã chưa có kế hoạch khảo sát được ban hành cho năm nay hoặc năm trước");
        HttpResponse<String> english = post(answers("[{\"criterion\":9,\"level\":1}]"), null, "en");
        assertRefused(english, 400, "A criterion does not belong to the questionnaire");
        assertThat(count()).isZero();
    }

    @Test
    void two_hundred_submissions_from_twenty_threads_each_sent_twice_are_two_hundred_rows() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<int[]>> results = new ArrayList<>();
        for (int thread = 0; thread < 20; thread++) {
            results.add(pool.submit(() -> {
                int[] statuses = new int[20];
                for (int i = 0; i < 10; i++) {
                    String body = kioskAnswer(UUID.randomUUID().toString(), null);
                    statuses[2 * i] = post(body, token, null).statusCode();
                    statuses[2 * i + 1] = post(body, token, null).statusCode();
                }
                return statuses;
            }));
        }
        int created = 0;
        int duplicates = 0;
        for (Future<int[]> result : results) {
            for (int status : result.get()) {
                created += status == 201 ? 1 : 0;
                duplicates += status == 200 ? 1 : 0;
            }
        }
        pool.shutdown();
        assertThat(created).isEqualTo(200);
        assertThat(duplicates).isEqualTo(200);
        assertThat(count()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response_answer", Integer.class)).isEqualTo(800);
    }

    @Test
    void the_api_is_described_by_openapi() throws Exception {
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"/api/v1/responses\"", "\"/api/v1/questionnaires/{communeCode}\"",
                "\"/api/v1/kiosk/questionnaire\"", "clientId", "receiptCode");
    }

    static final String PAYLOAD = "Dữ liệu gửi lên không đúng định dạng";
    static final String ANSWERS = "[{\"criterion\":1,\"level\":1},{\"criterion\":2,\"level\":1},"
            + "{\"criterion\":3,\"level\":1},{\"criterion\":4,\"level\":1}]";

    /** Each class of malformed input, refused with a 400 that says why, and nothing stored. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a number for the channel | {\"communeCode\":\"TX\",\"fieldCode\":\"VHXH\",\"channel\":1,\"answers\":ANSWERS} | false | " + PAYLOAD,
            "a number for a code | {\"communeCode\":\"TX\",\"fieldCode\":123,\"channel\":\"ONLINE\",\"answers\":ANSWERS} | false | " + PAYLOAD,
            "a boolean for the comment | {\"communeCode\":\"TX\",\"fieldCode\":\"VHXH\",\"channel\":\"ONLINE\",\"comment\":true,\"answers\":ANSWERS} | false | " + PAYLOAD,
            "a fraction for a level | {\"communeCode\":\"TX\",\"fieldCode\":\"VHXH\",\"channel\":\"ONLINE\",\"answers\":[{\"criterion\":1,\"level\":1.5}]} | false | " + PAYLOAD,
            "a text for a level | {\"communeCode\":\"TX\",\"fieldCode\":\"VHXH\",\"channel\":\"ONLINE\",\"answers\":[{\"criterion\":1,\"level\":\"1\"}]} | false | " + PAYLOAD,
            "a missing level | {\"communeCode\":\"TX\",\"fieldCode\":\"VHXH\",\"channel\":\"ONLINE\",\"answers\":[{\"criterion\":1,\"level\":null}]} | false | " + PAYLOAD,
            "an unknown property | {\"communeCode\":\"TX\",\"fieldCode\":\"VHXH\",\"channel\":\"ONLINE\",\"rating\":5,\"answers\":ANSWERS} | false | " + PAYLOAD,
            "a duplicate property | {\"communeCode\":\"TX\",\"fieldCode\":\"VHXH\",\"fieldCode\":\"TP-HT\",\"channel\":\"ONLINE\",\"answers\":ANSWERS} | false | " + PAYLOAD,
            "text after the document | {\"communeCode\":\"TX\",\"fieldCode\":\"VHXH\",\"channel\":\"ONLINE\",\"answers\":ANSWERS} {} | false | " + PAYLOAD,
            "a commune code with a combining mark | {\"communeCode\":\"TX\\u0301\",\"fieldCode\":\"VHXH\",\"channel\":\"ONLINE\",\"answers\":ANSWERS} | false | Mã chỉ gồm chữ in hoa",
            "a lower-case commune code | {\"communeCode\":\"tx\",\"fieldCode\":\"VHXH\",\"channel\":\"ONLINE\",\"answers\":ANSWERS} | false | Mã chỉ gồm chữ in hoa",
            "a date on an online answer | {\"communeCode\":\"TX\",\"fieldCode\":\"VHXH\",\"channel\":\"ONLINE\",\"givenOn\":\"2024-03-01\",\"answers\":ANSWERS} | false | Chỉ phiếu giấy mới ghi ngày",
            "a date on a kiosk answer | {\"fieldCode\":\"VHXH\",\"givenOn\":\"2024-03-01\",\"answers\":ANSWERS} | true | Chỉ phiếu giấy mới ghi ngày",
            "another commune at a kiosk | {\"communeCode\":\"BD\",\"fieldCode\":\"VHXH\",\"answers\":ANSWERS} | true | Kiosk chỉ nhận đánh giá cho xã của mình" })
    void malformed_input_is_refused_with_a_reason_and_nothing_is_stored(String what, String json, boolean atKiosk,
            String message) throws Exception {
        assertRefused(post(json.replace("ANSWERS", ANSWERS), atKiosk ? token : null, null), 400, message);
        assertThat(count()).as(what).isZero();
        // a well-formed answer right after is taken: the refusal left nothing behind
        assertThat(post(online(null, 1), null, null).statusCode()).isEqualTo(201);
    }

    @Test
    void a_malformed_payload_is_explained_in_english_to_an_english_client() throws Exception {
        assertRefused(post(answers(ANSWERS).replace("}", ",\"rating\":5}"), null, "en"), 400,
                "The data sent is not in the expected format");
        assertRefused(post(answers(ANSWERS).replace("\"ONLINE\"", "\"ONLINE\",\"givenOn\":\"2024-03-01\""), null,
                "en"), 400, "Only a paper form carries its own date");
        assertThat(count()).isZero();
    }

    @Test
    void a_comment_is_stored_in_nfc_without_control_characters_or_lone_surrogates() throws Exception {
        // "Cán bộ" with its marks typed apart, a NUL, a bell, a lone high surrogate, a newline kept, an emoji kept
        String comment = "Ca\\u0301n bo\\u0323\\u0302\\u0000 nhiệt\\u0007 tình\\ud800\\nrất tốt \\ud83d\\udc4d";
        String json = online(null, 1).replace("\"ONLINE\",", "\"ONLINE\",\"comment\":\"" + comment + "\",");
        assertThat(post(json, null, null).statusCode()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT comment_text FROM survey_response", String.class))
                .isEqualTo("C\u00e1n b\u1ed9 nhi\u1ec7t t\u00ecnh\nr\u1ea5t t\u1ed1t \ud83d\udc4d");
    }

    private void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(message);
    }

    private static String kioskAnswer(String clientId, String receipt) {
        return """
                {"fieldCode":"TP-HT","clientId":"%s",%s"respondentType":"CA_NHAN","comment":"Cán bộ nhiệt tình",
                 "answers":[{"criterion":1,"level":1},{"criterion":2,"level":1},{"criterion":3,"level":2},{"criterion":4,"level":1}]}
                """.formatted(clientId, receipt == null ? "" : "\"receiptCode\":\"" + receipt + "\",");
    }

    private static String online(String receipt, int level) {
        return """
                {"communeCode":"TX","fieldCode":"VHXH","channel":"ONLINE",%s
                 "answers":[{"criterion":1,"level":%d},{"criterion":2,"level":%d},{"criterion":3,"level":%d},{"criterion":4,"level":%d}]}
                """.formatted(receipt == null ? "" : "\"receiptCode\":\"" + receipt.replace("\"", "\\\"") + "\",",
                level, level, level, level);
    }

    private static String answers(String answers) {
        return "{\"communeCode\":\"TX\",\"fieldCode\":\"TP-HT\",\"channel\":\"ONLINE\",\"answers\":" + answers + "}";
    }

    private HttpResponse<String> post(String json, String kioskToken, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/responses"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (kioskToken != null) {
            request.header(ResponseApi.KIOSK_TOKEN, kioskToken);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long id(String body) {
        return Long.parseLong(body.replaceAll(".*\"responseId\":(\\d+).*", "$1").strip());
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
