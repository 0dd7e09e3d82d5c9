package vn.khaosat.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import vn.khaosat.base.InvalidInputException;

/** Shows a service's refusal next to the fields of a form, in the UI's language. */
public class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void show(Component form, InvalidInputException e) {
        clear();
        e.fieldMessageKeys().forEach((name, key) -> {
            HasValidation field = fields.get(name);
            if (field != null) {
                field.setErrorMessage(form.getTranslation(key));
                field.setInvalid(true);
            } else {
                error(form, key);
            }
        });
    }

    public static void error(Component form, String messageKey) {
        Notification.show(form.getTranslation(messageKey), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(Component form, String messageKey) {
        Notification.show(form.getTranslation(messageKey), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
