package vn.khaosat.base.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

/**
 * The UI languages. Vietnamese is the default whatever the browser says: the users are Vietnamese
 * civil servants on shared office PCs. A chosen language is kept in the session and a cookie.
 */
public final class Languages {

    public static final Locale VIETNAMESE = new Locale("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);
    static final String COOKIE = "khaosat-lang";

    private Languages() {
    }

    /** The language for a new UI: the session's, else the cookie's, else Vietnamese. */
    public static Locale forRequest(VaadinSession session, VaadinRequest request) {
        if (session != null && session.getAttribute(Locale.class) != null) {
            return session.getAttribute(Locale.class);
        }
        Cookie[] cookies = request == null ? null : request.getCookies();
        return Optional.ofNullable(cookies).stream().flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> supported(c.getValue()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(VIETNAMESE);
    }

    public static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(Locale.class, locale);
        VaadinSession.getCurrent().setLocale(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        UI.getCurrent().setLocale(locale);
    }

    private static Optional<Locale> supported(String language) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
