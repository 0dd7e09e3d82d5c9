package vn.khaosat.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.org.OrgService;
import vn.khaosat.base.ui.PageTitle;

/** Every user changes their own password here: the current one, then the new one twice. */
@Route("account/password")
@Menu(title = "menu.password", order = 99, icon = "vaadin:key")
@PermitAll
public class PasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField replacement = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button save;
    private final FormErrors errors = new FormErrors();

    public PasswordView(OrgService org) {
        current.setLabel(getTranslation("password.current"));
        replacement.setLabel(getTranslation("password.new"));
        replacement.setHelperText(getTranslation("password.rule"));
        confirmation.setLabel(getTranslation("password.confirm"));
        for (PasswordField field : new PasswordField[] {current, replacement, confirmation}) {
            field.setRequiredIndicatorVisible(true);
            field.setMaxLength(200);
            field.setWidth("22rem");
        }
        errors.field("current", current).field("replacement", replacement).field("confirmation", confirmation);
        save = new Button(getTranslation("password.save"), e -> {
            if (errors.perform(this, () -> org.changePassword(current.getValue(), replacement.getValue(),
                    confirmation.getValue()))) {
                current.clear();
                replacement.clear();
                confirmation.clear();
                FormErrors.success(this, "password.changed");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("menu.password")), current, replacement, confirmation, save);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.password");
    }
}
