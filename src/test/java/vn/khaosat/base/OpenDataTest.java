package vn.khaosat.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The open-data quota per client: the request past the minute's quota gets 429 with Retry-After. */
class OpenDataTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void a_client_past_its_quota_is_refused_with_retry_after_and_a_message_others_go_on() throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        OpenData openData = new OpenData(3, messages, json);
        MockHttpServletRequest client = request("203.0.113.7", null);

        for (int i = 0; i < 3; i++) {
            assertThat(openData.refuseIfTooMany(client)).isEmpty();
        }
        ResponseEntity<byte[]> refused = openData.refuseIfTooMany(client).orElseThrow();
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Integer.parseInt(refused.getHeaders().getFirst("Retry-After"))).isBetween(1, 60);
        assertThat(json.readTree(new String(refused.getBody(), StandardCharsets.UTF_8)).get("message").asText())
                .isEqualTo("Quá nhiều yêu cầu từ máy của bạn trong một phút; hãy thử lại sau ít giây.");
        ResponseEntity<byte[]> english = openData.refuseIfTooMany(request("203.0.113.7", "en-GB")).orElseThrow();
        assertThat(new String(english.getBody(), StandardCharsets.UTF_8)).contains("Too many requests");

        assertThat(openData.refuseIfTooMany(request("198.51.100.2", null))).as("another client").isEmpty();
    }

    @Test
    void csv_starts_with_a_bom_and_quotes_what_needs_it() {
        String csv = new String(OpenData.csv(java.util.List.of("đơn vị", "tỷ lệ"),
                java.util.List.of(java.util.List.of("Xã Tây Xuân", "83,3%"))), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFđơn vị,tỷ lệ\r\nXã Tây Xuân,\"83,3%\"\r\n");
        assertThat(OpenData.number(83.333)).isEqualTo("83.3");
        assertThat(OpenData.number(null)).isEmpty();
    }

    private static MockHttpServletRequest request(String address, String language) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/results");
        request.setRemoteAddr(address);
        if (language != null) {
            request.addHeader("Accept-Language", language);
        }
        return request;
    }
}
