package vn.khaosat.cycle.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.cycle.Narrative;

/**
 * The three texts of source 000's assessment — strengths; difficulties; tasks ahead — as the
 * period review and the report edit them.
 */
public class NarrativeFields extends Composite<VerticalLayout> {

    public final TextArea strengths = new TextArea();
    public final TextArea difficulties = new TextArea();
    public final TextArea nextTasks = new TextArea();

    public NarrativeFields(Narrative narrative, FormErrors errors) {
        strengths.setLabel(getTranslation("cycle.strengths"));
        difficulties.setLabel(getTranslation("cycle.difficulties"));
        nextTasks.setLabel(getTranslation("cycle.nextTasks"));
        for (TextArea area : new TextArea[] {strengths, difficulties, nextTasks}) {
            area.setWidthFull();
            area.setMaxLength(10_000);
            area.setMinRows(3);
        }
        strengths.setRequiredIndicatorVisible(true);
        strengths.setValue(narrative.strengths() == null ? "" : narrative.strengths());
        difficulties.setValue(narrative.difficulties() == null ? "" : narrative.difficulties());
        nextTasks.setValue(narrative.nextTasks() == null ? "" : narrative.nextTasks());
        errors.field("strengths", strengths).field("narrative", nextTasks);
        getContent().setPadding(false);
        getContent().add(strengths, difficulties, nextTasks);
    }

    public Narrative read() {
        return new Narrative(strengths.getValue(), difficulties.getValue(), nextTasks.getValue());
    }
}
