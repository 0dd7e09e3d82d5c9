package vn.khaosat.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.khaosat.SpringTest;

/** The login form, and who reaches Camunda's webapps and REST API, over real HTTP. */
@SpringTest
class WebSecurityIT {

    @LocalServerPort
    int port;

    @Test
    void the_login_form_accepts_a_demo_user_and_refuses_a_wrong_password() throws Exception {
        HttpResponse<String> ok = login(newClient(), "canbo.tx", "demo1234");
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        HttpResponse<String> wrong = login(newClient(), "canbo.tx", "sai-mat-khau");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");

        HttpResponse<String> unknown = login(newClient(), "khong.co.ai", "demo1234");
        assertThat(unknown.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void five_wrong_passwords_lock_the_login_for_fifteen_minutes_whatever_the_password() throws Exception {
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(login(newClient(), "chutich.tp", "doan-mo-" + i).headers().firstValue("Location")
                        .orElseThrow()).endsWith("/login?error");
            }
            // now even the right password is refused, with the same answer
            assertThat(login(newClient(), "chutich.tp", "demo1234").headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?error");
            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(16))));
            assertThat(login(newClient(), "chutich.tp", "demo1234").headers().firstValue("Location").orElseThrow())
                    .doesNotContain("error");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void pages_carry_the_security_headers_and_error_pages_no_stack_trace() throws Exception {
        HttpResponse<String> login = newClient().send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'self'", "object-src 'none'", "default-src 'self'");

        HttpResponse<String> api = newClient().send(HttpRequest.newBuilder(uri("/api/v1/responses"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"communeCode\":"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).doesNotContain("Exception", "at com.", "at org.", "SQL");
        HttpResponse<String> missing = newClient().send(get("/api/v1/khong-co").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isIn(401, 404);
        assertThat(missing.body()).doesNotContain("Exception", "trace");
    }

    @Test
    void the_public_api_keeps_no_session_and_carries_the_security_headers_and_the_staff_api_still_needs_a_login()
            throws Exception {
        HttpClient client = newClient();
        HttpResponse<String> questionnaire = client.send(get("/api/v1/questionnaires/KHONG-CO").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(questionnaire.statusCode()).isEqualTo(404);
        HttpResponse<String> submission = client.send(HttpRequest.newBuilder(uri("/api/v1/responses"))
                .header("Content-Type", "application/json").header("X-Kiosk-Token", "khong-co-kiosk-nay")
                .POST(HttpRequest.BodyPublishers.ofString("{\"fieldCode\":\"TP-HT\",\"answers\":[]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(submission.statusCode()).isEqualTo(401);
        assertThat(submission.body()).contains("kiosk");
        for (HttpResponse<String> response : List.of(questionnaire, submission)) {
            // a kiosk posting all day must not leave a session behind on the server for each call
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-ancestors 'self'");
        }

        assertThat(client.send(get("/api/v1/staff/coverage/2024").build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
        assertThat(client.send(get("/api/v1/training-clock").build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void screens_need_a_login() throws Exception {
        HttpResponse<String> response = newClient().send(get("/admin/users").header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void the_engine_rest_api_is_for_administrators_only() throws Exception {
        HttpClient client = newClient();
        assertThat(client.send(get("/engine-rest/engine").build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
        assertThat(client.send(get("/engine-rest/engine").header("Authorization", basic("canbo.tx")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        HttpResponse<String> admin = client.send(get("/engine-rest/engine").header("Authorization", basic("admin")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("default");
    }

    @Test
    void camunda_webapps_let_in_the_logged_in_admin_without_a_second_login_and_nobody_else() throws Exception {
        HttpClient admin = newClient();
        login(admin, "admin", "demo1234");
        assertThat(admin.send(get("/camunda/app/cockpit/default/").build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        HttpResponse<String> camundaUser = admin.send(get("/camunda/api/admin/auth/user/default").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"admin\"").contains("cockpit", "tasklist", "admin");

        HttpClient staff = newClient();
        login(staff, "canbo.tx", "demo1234");
        assertThat(staff.send(get("/camunda/app/cockpit/default/").build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> login(HttpClient client, String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo1234").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
