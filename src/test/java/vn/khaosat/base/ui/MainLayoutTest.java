package vn.khaosat.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;

import vn.khaosat.KaribuTest;
import vn.khaosat.org.ui.UsersView;

class MainLayoutTest extends KaribuTest {

    @Test
    void an_admin_sees_the_inbox_the_admin_screens_and_the_camunda_webapps() {
        loginAndOpen("admin", "");

        assertThat(menu()).containsExactly("Việc của tôi", "Kế hoạch khảo sát", "Thiết bị kiosk", "Theo dõi các xã",
                "Đơn vị hành chính", "Người dùng", "Mẫu phiếu khảo sát", "Lĩnh vực", "Thư đã gửi, lỗi gửi", "Nhật ký thay đổi",
                "Đồng hồ đào tạo", "Thông báo của tôi", "Đổi mật khẩu");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref)
                .contains("/camunda/app/cockpit/default/", "/camunda/app/tasklist/default/", "/camunda/app/admin/default/");
    }

    @Test
    void commune_staff_see_only_their_inbox_and_cannot_open_admin_screens() {
        loginAndOpen("canbo.tx", "");

        assertThat(menu()).containsExactly("Việc của tôi", "Kế hoạch khảo sát", "Thiết bị kiosk", "Phiếu giấy",
                "Số hồ sơ giải quyết", "Tỷ lệ khảo sát", "Góp ý, phản ánh, kiến nghị", "Thông báo của tôi", "Đổi mật khẩu");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).noneMatch(href -> href.startsWith("/camunda"));

        try {
            UI.getCurrent().navigate(UsersView.class);
        } catch (AssertionError refused) {
            // Karibu reports the refusal by throwing or by rendering its error view, depending on the session
            assertThat(refused).hasMessageContaining("Access is denied");
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(UsersView.class::isInstance);
    }

    @Test
    void the_layout_shows_who_is_logged_in_and_where() {
        loginAndOpen("noivu.ts", "");

        assertThat(menu()).containsExactly("Việc của tôi", "Kế hoạch khảo sát", "Theo dõi các xã", "Thông báo của tôi",
                "Đổi mật khẩu");
        assertThat(_get(MainLayout.class).getElement().getTextRecursively())
                .contains("Lê Thị Hoa (Phòng Nội vụ) · Huyện Tây Sơn");
    }

    private static List<String> menu() {
        return _get(MainLayout.class).nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
