package vn.khaosat.base.ui;

import com.vaadin.flow.component.Component;

/** The browser tab's text of every screen: what the screen is, then the application's name. */
public final class PageTitle {

    private PageTitle() {
    }

    /** The screen named by that bundle key (usually its menu entry). */
    public static String of(Component screen, String nameKey) {
        return withName(screen, screen.getTranslation(nameKey));
    }

    /** The screen with a name already in the user's language (a task's heading). */
    public static String withName(Component screen, String name) {
        return name + " – " + screen.getTranslation("app.title");
    }
}
