package vn.khaosat.base.tasks.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import vn.khaosat.base.tasks.ApprovalStep;

/**
 * An approver's choice on a task screen: approve, or send back with a comment. Its texts come from
 * the bundle under one prefix: {@code .approve}, {@code .approved}, {@code .return}, {@code .returned},
 * {@code .returnComment} and {@code .returnComment.help}, so each screen says what it sends back.
 */
public final class ApprovalActions extends VerticalLayout {

    private final TextArea comment = new TextArea();
    private final Button approve;
    private final Button sendBack;

    ApprovalActions(TaskScreen screen, String keyPrefix, Runnable approveWork, Consumer<String> sendBackWork) {
        comment.setLabel(getTranslation(keyPrefix + ".returnComment"));
        comment.setHelperText(getTranslation(keyPrefix + ".returnComment.help"));
        comment.setWidthFull();
        comment.setMinRows(3);
        comment.setMaxLength(ApprovalStep.MAX_COMMENT);
        screen.errors.field("comment", comment);
        approve = screen.completingButton(keyPrefix + ".approve", ButtonVariant.LUMO_PRIMARY, approveWork,
                keyPrefix + ".approved");
        sendBack = screen.completingButton(keyPrefix + ".return", ButtonVariant.LUMO_ERROR,
                () -> sendBackWork.accept(comment.getValue()), keyPrefix + ".returned");
        setPadding(false);
        add(comment, new HorizontalLayout(approve, sendBack));
    }

    public TextArea comment() {
        return comment;
    }

    public Button approveButton() {
        return approve;
    }

    public Button sendBackButton() {
        return sendBack;
    }
}
