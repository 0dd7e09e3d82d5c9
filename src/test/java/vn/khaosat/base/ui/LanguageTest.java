package vn.khaosat.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

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
        assertThat(_get(MyTasksView.class).getPageTitle()).startsWith("My tasks");

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

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LanguageTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
