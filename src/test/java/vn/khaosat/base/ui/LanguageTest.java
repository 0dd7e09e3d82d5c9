package vn.khaosat.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;

import vn.khaosat.KaribuTest;
import vn.khaosat.base.tasks.ui.MyTasksView;

class LanguageTest extends KaribuTest {

    @Test
    void the_login_page_is_vietnamese_by_default() {
        UI.getCurrent().navigate(LoginView.class);

        LoginView login = _get(LoginView.class);
        assertThat(_get(login, H1.class).getText()).isEqualTo("Khảo sát hài lòng");
        assertThat(login.i18n.getForm().getUsername()).isEqualTo("Tên đăng nhập");
        assertThat(login.i18n.getForm().getSubmit()).isEqualTo("Đăng nhập");
    }

    @Test
    void a_user_switches_the_ui_to_english_and_back() {
        loginAndOpen("canbo.tx", "");
        assertThat(_get(MyTasksView.class).getPageTitle()).startsWith("Việc của tôi");

        _setValue(_get(LanguageSwitch.class), Languages.ENGLISH);
        // the switch reloads the page; the new UI takes the session's language
        assertThat(Languages.forRequest(UI.getCurrent().getSession(), null)).isEqualTo(Languages.ENGLISH);
        UI.getCurrent().navigate(LoginView.class);
        UI.getCurrent().navigate("");
        assertThat(_get(MyTasksView.class).getPageTitle()).isEqualTo("My tasks – Satisfaction surveys");

        Languages.choose(Languages.VIETNAMESE);
        UI.getCurrent().navigate(LoginView.class);
        UI.getCurrent().navigate("");
        assertThat(_get(MyTasksView.class).getPageTitle()).startsWith("Việc của tôi");
    }

    @Test
    void both_languages_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties vietnamese = bundle("translations_vi.properties");
        Properties english = bundle("translations_en.properties");

        assertThat(vietnamese.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        assertThat(vietnamese.values()).noneMatch(v -> v.toString().isBlank());
        assertThat(english.values()).noneMatch(v -> v.toString().isBlank());
        assertThat(bundle("translations.properties")).isEmpty();
    }

    @Test
    void vietnamese_has_no_english_leftovers_or_missing_diacritics_and_every_key_the_code_names_exists()
            throws IOException {
        Properties vietnamese = bundle("translations_vi.properties");
        Properties english = bundle("translations_en.properties");
        // a Vietnamese text without a single Vietnamese letter is English left over, or lost its diacritics
        Set<String> plainOnPurpose = Set.of("date.weekdaysShort", "coverage.month", "audit.after", "audit.entity.Kiosk");
        assertThat(vietnamese.stringPropertyNames()).filteredOn(key -> !plainOnPurpose.contains(key))
                .allMatch(key -> vietnamese.getProperty(key).chars().anyMatch(c -> c > 127));
        // and the English is translated, not copied (a loanword is the same in both)
        assertThat(vietnamese.stringPropertyNames())
                .filteredOn(key -> vietnamese.getProperty(key).equals(english.getProperty(key)))
                .containsExactly("audit.entity.Kiosk");

        Pattern literalKey = Pattern.compile("(?:getTranslation|\\bt)\\(\\s*\"([a-zA-Z0-9_.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(source));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(200);
        assertThat(used).filteredOn(key -> !vietnamese.containsKey(key)).isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LanguageTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
