package vn.khaosat.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import vn.khaosat.base.InvalidInputException;
import vn.khaosat.base.tasks.TaskNotAvailableException;

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

    /** Marks each refused field; a refusal without a field, and the fact that nothing was saved, as messages. */
    public void show(Component form, InvalidInputException e) {
        clear();
        boolean marked = false;
        for (Map.Entry<String, String> refusal : e.fieldMessageKeys().entrySet()) {
            HasValidation field = fields.get(refusal.getKey());
            if (field != null) {
                field.setErrorMessage(form.getTranslation(refusal.getValue()));
                field.setInvalid(true);
                marked = true;
            } else {
                error(form, refusal.getValue());
            }
        }
        if (marked) {
            error(form, "common.invalid");
        }
    }

    /**
     * Runs a change through a service. A refusal is shown next to the fields, a stale form or a task
     * taken meanwhile as a message; the result is present only when the change went through.
     */
    public <T> Optional<T> attempt(Component form, Supplier<T> change) {
        clear();
        try {
            return Optional.ofNullable(change.get());
        } catch (InvalidInputException e) {
            show(form, e);
        } catch (OptimisticLockingFailureException e) {
            error(form, "common.changedByOthers");
        } catch (TaskNotAvailableException e) {
            error(form, "tasks.error.gone");
        }
        return Optional.empty();
    }

    /** {@link #attempt} for a change that returns nothing; tells whether it went through. */
    public boolean perform(Component form, Runnable change) {
        return attempt(form, () -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
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
