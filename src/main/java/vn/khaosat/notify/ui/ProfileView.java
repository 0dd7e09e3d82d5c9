package vn.khaosat.notify.ui;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.notify.NotificationKind;
import vn.khaosat.notify.NotificationSettings;
import vn.khaosat.org.OrgService;
import vn.khaosat.base.ui.PageTitle;

/**
 * Each user's own notification choices: the address the admin set (read-only here), the language of
 * the mails and the kinds they want.
 */
@Route("profile")
@Menu(title = "menu.profile", order = 98, icon = "vaadin:envelope")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    final TextField email = new TextField();
    final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    final CheckboxGroup<NotificationKind> kinds = new CheckboxGroup<>();
    final Button save;
    private final FormErrors errors = new FormErrors();

    public ProfileView(NotificationSettings settings, OrgService org) {
        NotificationSettings.Setting mine = settings.mine();
        String address = org.myEmail();
        email.setLabel(t("profile.email"));
        email.setValue(address == null ? "" : address);
        email.setPlaceholder(t("profile.email.none"));
        email.setHelperText(t("profile.email.help"));
        email.setReadOnly(true);
        email.setWidth("24rem");
        language.setLabel(t("profile.language"));
        language.setItems(NotificationSettings.LANGUAGES);
        language.setItemLabelGenerator(l -> t("language." + l));
        language.setValue(mine.language());
        kinds.setLabel(t("profile.kinds"));
        kinds.setItems(Arrays.asList(NotificationKind.values()));
        kinds.setItemLabelGenerator(k -> t("notify.kind." + k.name()));
        kinds.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        kinds.setValue(mine.enabled());
        errors.field("language", language);
        save = new Button(t("common.save"), e -> {
            if (errors.perform(this, () -> settings.saveMine(language.getValue(), kinds.getValue()))) {
                FormErrors.success(this, "common.saved");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(t("menu.profile")), new Paragraph(t("profile.intro")), email, language, kinds, save);
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.profile");
    }
}
