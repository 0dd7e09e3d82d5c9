package vn.khaosat.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

/** Tiếng Việt / English. Switching reloads the page so every text is built again in the new language. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(l -> l.equals(Languages.VIETNAMESE) ? "Tiếng Việt" : "English");
        setAriaLabel("Ngôn ngữ / Language");
        setWidth("9em");
        setValue(UI.getCurrent() == null ? Languages.VIETNAMESE : UI.getCurrent().getLocale());
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Languages.choose(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
