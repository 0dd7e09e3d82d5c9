package vn.khaosat.collection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.base.ui.LanguageSwitch;
import vn.khaosat.collection.FeedbackService;
import vn.khaosat.collection.FeedbackView;
import vn.khaosat.base.ui.PageTitle;
import vn.khaosat.base.ui.Buttons;

/** Public: send feedback to a commune (/gop-y/&lt;commune code&gt;) and look up an answer by tracking code (/gop-y). */
@Route(value = "gop-y", autoLayout = false)
@AnonymousAllowed
public class FeedbackPublicView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final FeedbackService feedback;
    private final FormErrors errors = new FormErrors();
    private String communeCode;

    final TextArea content = new TextArea();
    final TextField contact = new TextField();
    final Button send = new Button();
    final Paragraph sent = new Paragraph();
    final TextField code = new TextField();
    final Button lookUp = new Button();
    final Paragraph result = new Paragraph();

    public FeedbackPublicView(FeedbackService feedback) {
        this.feedback = feedback;
        getStyle().set("max-width", "50rem").set("margin", "0 auto");
        content.setLabel(t("feedback.content"));
        content.setWidthFull();
        content.setMaxLength(FeedbackService.MAX_CONTENT);
        contact.setLabel(t("feedback.contactOptional"));
        contact.setWidthFull();
        contact.setMaxLength(200);
        errors.field("content", content).field("contact", contact);
        Buttons.primary(send, t("feedback.send"), this::send);
        code.setLabel(t("feedback.trackingCode"));
        lookUp.setText(t("feedback.lookUp"));
        lookUp.addClickListener(e -> lookUp());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String commune) {
        removeAll();
        communeCode = commune == null ? null : commune.toUpperCase();
        add(new LanguageSwitch(), new H1(t("menu.feedback")));
        if (communeCode != null) {
            add(content, contact, send, sent);
        }
        add(new H2(t("feedback.lookUp")), code, lookUp, result);
    }

    void send() {
        String address = VaadinRequest.getCurrent() == null ? "" : VaadinRequest.getCurrent().getRemoteAddr();
        errors.attempt(this, () -> feedback.submitOnline(communeCode, content.getValue(), contact.getValue(), address))
                .ifPresent(item -> {
                    sent.setText(t("feedback.recorded", item.trackingCode()));
                    content.clear();
                });
    }

    void lookUp() {
        result.setText(feedback.track(code.getValue()).map(this::describe).orElse(t("feedback.notFound")));
    }

    private String describe(FeedbackView item) {
        return t("feedbackStatus." + item.status().name())
                + (item.notifiedAt() != null && item.answer() != null ? ": " + item.answer() : "");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.feedback");
    }
}
