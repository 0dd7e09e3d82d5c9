package vn.khaosat.collection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.collection.FeedbackService;
import vn.khaosat.collection.FeedbackSource;
import vn.khaosat.collection.FeedbackView;
import vn.khaosat.base.ui.PageTitle;
import vn.khaosat.base.ui.Buttons;

/** The commune's feedback items; staff record one from the suggestion box or the counter. */
@Route("feedback")
@Menu(title = "menu.feedback", order = 40, icon = "vaadin:comments-o")
@RolesAllowed({"COMMUNE_STAFF", "COMMUNE_LEADER"})
public class FeedbackListView extends VerticalLayout implements HasDynamicTitle {

    private final FeedbackService feedback;

    final Grid<FeedbackView> grid = new Grid<>(FeedbackView.class, false);
    final Select<FeedbackSource> source = new Select<>();
    final TextArea content = new TextArea();
    final TextField contact = new TextField();
    final Button record = new Button();
    final Paragraph recorded = new Paragraph();
    private final FormErrors errors = new FormErrors();

    public FeedbackListView(FeedbackService feedback, AuthenticationContext authentication) {
        this.feedback = feedback;
        setSizeFull();
        grid.addColumn(f -> AppTime.DATE.format(f.receivedOn())).setHeader(t("feedback.received")).setAutoWidth(true);
        grid.addColumn(f -> t("feedbackSource." + f.source().name())).setHeader(t("feedback.source")).setAutoWidth(true);
        grid.addColumn(FeedbackView::content).setHeader(t("feedback.content")).setFlexGrow(3);
        grid.addColumn(f -> t("feedbackStatus." + f.status().name())).setHeader(t("feedback.status")).setAutoWidth(true);
        grid.addColumn(f -> AppTime.DATE.format(f.dueAt().atZone(AppTime.ZONE))).setHeader(t("feedback.due"))
                .setAutoWidth(true);
        grid.addColumn(FeedbackView::trackingCode).setHeader(t("feedback.trackingCode")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        source.setLabel(t("feedback.source"));
        source.setItems(FeedbackSource.SUGGESTION_BOX, FeedbackSource.IN_PERSON);
        source.setItemLabelGenerator(s -> t("feedbackSource." + s.name()));
        source.setValue(FeedbackSource.SUGGESTION_BOX);
        content.setLabel(t("feedback.content"));
        content.setWidthFull();
        content.setMaxLength(FeedbackService.MAX_CONTENT);
        contact.setLabel(t("feedback.contact"));
        contact.setMaxLength(200);
        errors.field("content", content).field("contact", contact).field("source", source);
        Buttons.primary(record, t("feedback.record"), this::record);
        boolean staff = authentication.hasRole("COMMUNE_STAFF");

        add(new H2(t("menu.feedback")));
        if (staff) {
            add(new H3(t("feedback.record")), source, content, contact, record, recorded);
        }
        add(grid);
        grid.setItems(feedback.itemsOfMyCommune());
    }

    void record() {
        errors.attempt(this, () -> feedback.record(source.getValue(), content.getValue(), contact.getValue()))
                .ifPresent(item -> {
                    recorded.setText(t("feedback.recorded", item.trackingCode()));
                    content.clear();
                    contact.clear();
                    grid.setItems(feedback.itemsOfMyCommune());
                });
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.feedback");
    }
}
