package vn.khaosat.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;

/** Date pickers that show and accept dd/MM/yyyy, with month and day names in the UI's language. */
public final class Dates {

    private Dates() {
    }

    public static DatePicker picker(Component owner, String label) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setMonthNames(List.of(owner.getTranslation("date.months").split(",")));
        i18n.setWeekdays(List.of(owner.getTranslation("date.weekdays").split(",")));
        i18n.setWeekdaysShort(List.of(owner.getTranslation("date.weekdaysShort").split(",")));
        i18n.setToday(owner.getTranslation("date.today"));
        i18n.setCancel(owner.getTranslation("date.cancel"));
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        picker.setPlaceholder("dd/mm/yyyy");
        return picker;
    }
}
