package vn.khaosat.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** How a screen's buttons look, so that the main action looks the same on every screen. */
public final class Buttons {

    private Buttons() {
    }

    /** The screen's main action: the primary look, its label, and what it does. */
    public static Button primary(Button button, String label, Runnable action) {
        button.setText(label);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(e -> action.run());
        return button;
    }
}
