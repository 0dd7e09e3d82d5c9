package vn.khaosat.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;
import vn.khaosat.base.AppPrincipal;

/**
 * The frame around every screen of a logged-in user. The navigation lists the views annotated with
 * {@code @Menu} that the user may open (Vaadin checks each view's role annotations), so a feature
 * adds itself to the menu without this class knowing it.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public static final String ROLE_ADMIN = "ADMIN";

    final SideNav nav = new SideNav();

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        // the default 16em clipped "Góp ý, phản ánh, kiến nghị" behind a horizontal scrollbar at 1366 px
        getElement().getStyle().set("--vaadin-app-layout-drawer-width", "18em");

        Span appName = new Span(getTranslation("app.title"));
        appName.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE, LumoUtility.Padding.MEDIUM,
                LumoUtility.TextColor.PRIMARY);

        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }

        // as wide as the drawer, so a label longer than it ends in "…" instead of widening the menu
        nav.setWidthFull();
        VerticalLayout drawer = new VerticalLayout(appName, nav);
        drawer.setPadding(false);
        drawer.setSpacing(false);
        if (authentication.hasRole(ROLE_ADMIN)) {
            drawer.add(camundaLinks());
        }
        addToDrawer(drawer);

        Span user = new Span(authentication.getAuthenticatedUser(AppPrincipal.class)
                .map(p -> p.displayName() + " · " + p.unitName())
                .orElse(authentication.getPrincipalName().orElse("")));
        user.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Div spacer = new Div();
        HorizontalLayout bar = new HorizontalLayout(spacer, user, new LanguageSwitch(), logout);
        bar.setFlexGrow(1, spacer);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        addToNavbar(new DrawerToggle(), bar);
    }

    private static Div camundaLinks() {
        Div links = new Div();
        links.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL, LumoUtility.FontSize.SMALL);
        Span heading = new Span("Camunda");
        heading.addClassNames(LumoUtility.TextColor.SECONDARY);
        links.add(heading);
        for (String app : new String[] {"cockpit", "tasklist", "admin"}) {
            Anchor link = new Anchor("/camunda/app/" + app + "/default/", "Camunda " + capitalize(app), AnchorTarget.BLANK);
            link.getElement().setAttribute("router-ignore", true);
            links.add(link);
        }
        return links;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
