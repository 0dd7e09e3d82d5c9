package vn.khaosat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

/** A server-side UI test: Vaadin mocked by Karibu over the real Spring context and database. */
@SpringTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.khaosat");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected UserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        Login.out();
        MockVaadin.tearDown();
    }

    /** Logs in and opens the route, as after the login form. */
    protected void loginAndOpen(String username, String route) {
        Login.as(userDetailsService, username);
        UI.getCurrent().navigate(route);
    }
}
