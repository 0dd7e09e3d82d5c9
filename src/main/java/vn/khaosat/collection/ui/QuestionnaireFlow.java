package vn.khaosat.collection.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;

import vn.khaosat.base.InvalidInputException;
import vn.khaosat.collection.Submission;
import vn.khaosat.collection.SubmissionRefusedException;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.plan.FieldView;
import vn.khaosat.plan.TemplateDetail;

/**
 * The questionnaire as a citizen answers it, touch-first: choose the field, then one criterion per
 * screen (or one content area per screen for long templates), an optional comment, send, thank you,
 * and back to the start. The submission keeps its client id across retries, so a second tap after
 * a failure stores it once.
 */
class QuestionnaireFlow extends VerticalLayout {

    /** A template with more criteria than this shows one content area per screen. */
    static final int CRITERIA_PER_SCREEN_LIMIT = 6;

    private final RunningCampaign campaign;
    private final List<String> officers;
    private final Channel channel;
    private final String receiptCode;
    private final Function<Submission, Object> sender;
    private final Runnable onDone;
    private final List<List<TemplateDetail.Criterion>> screens = new ArrayList<>();
    private final Map<Integer, Integer> answers = new LinkedHashMap<>();
    private final Set<Integer> askedWhetherItApplies = new HashSet<>();
    private FieldView field;
    private String officer;
    private String clientId;
    final Div content = new Div();

    QuestionnaireFlow(RunningCampaign campaign, List<String> officers, Channel channel, String receiptCode,
            Function<Submission, Object> sender, Runnable onDone) {
        this.campaign = campaign;
        this.officers = officers;
        this.channel = channel;
        this.receiptCode = receiptCode;
        this.sender = sender;
        this.onDone = onDone;
        boolean perCriterion = campaign.template().criteria().size() <= CRITERIA_PER_SCREEN_LIMIT;
        for (TemplateDetail.Area area : campaign.template().areas()) {
            if (perCriterion) {
                area.criteria().forEach(c -> screens.add(List.of(c)));
            } else {
                screens.add(area.criteria());
            }
        }
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        content.setWidthFull();
        content.getStyle().set("max-width", "60rem");
        add(content);
        start();
    }

    /** Back to the first screen, for the next citizen. */
    void start() {
        answers.clear();
        askedWhetherItApplies.clear();
        field = null;
        officer = null;
        clientId = UUID.randomUUID().toString();
        show(new H1(t("kiosk.title")), new Paragraph(campaign.communeName()), new H2(t("kiosk.chooseField")),
                choices(campaign.fields().stream().map(f -> bigButton(name(f), () -> {
                    field = f;
                    if (officers.isEmpty()) {
                        showScreen(0);
                    } else {
                        chooseOfficer();
                    }
                })).toList()));
    }

    /** Which receiving officer served the citizen, when the commune lists its officers. */
    private void chooseOfficer() {
        List<Button> buttons = new ArrayList<>();
        officers.forEach(name -> buttons.add(bigButton(name, () -> {
            officer = name;
            showScreen(0);
        })));
        buttons.add(bigButton(t("kiosk.officerUnknown"), () -> showScreen(0)));
        show(new H2(t("kiosk.chooseOfficer")), choices(buttons));
    }

    private void showScreen(int index) {
        if (index >= screens.size()) {
            showComment();
            return;
        }
        List<TemplateDetail.Criterion> criteria = screens.get(index);
        boolean onlyForSome = screens.get(index).size() > 1 && criteria.stream().allMatch(TemplateDetail.Criterion::optional);
        if (onlyForSome && !askedWhetherItApplies.contains(index)) {
            // SIPAS area 5 is asked only of people who gave feedback: ask first whether they did
            askedWhetherItApplies.add(index);
            show(new H2(t("kiosk.gaveFeedback")), choices(List.of(
                    bigButton(t("common.yes"), () -> showScreen(index)),
                    bigButton(t("common.no"), () -> showScreen(index + 1)))));
            return;
        }
        VerticalLayout page = new VerticalLayout();
        page.setPadding(false);
        page.add(new Paragraph(t("kiosk.step", index + 1, screens.size())));
        for (TemplateDetail.Criterion criterion : criteria) {
            H2 question = new H2(criterion.position() + ". " + text(criterion));
            List<Button> levels = new ArrayList<>();
            for (TemplateDetail.Level level : campaign.template().levels()) {
                Button button = bigButton(label(level), () -> { });
                // icons, not emoji: a counter tablet may have no emoji font
                Icon face = face(level).create();
                face.setSize("2rem");
                button.setIcon(face);
                button.getStyle().set("background", colour(level)).set("color", "#111");
                button.addClickListener(e -> {
                    answers.put(criterion.position(), level.position());
                    levels.forEach(b -> b.removeThemeVariants(ButtonVariant.LUMO_CONTRAST));
                    button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                    button.getStyle().set("outline", "4px solid #111");
                    levels.stream().filter(b -> b != button).forEach(b -> b.getStyle().remove("outline"));
                    if (criteria.size() == 1) {
                        showScreen(index + 1);
                    }
                });
                levels.add(button);
            }
            page.add(question, choices(levels));
        }
        if (criteria.size() > 1) {
            Button next = bigButton(t("kiosk.next"), () -> {
                boolean complete = criteria.stream().allMatch(c -> c.optional() || answers.containsKey(c.position()));
                if (complete) {
                    showScreen(index + 1);
                }
            });
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            page.add(next);
        } else if (criteria.get(0).optional()) {
            page.add(bigButton(t("kiosk.skip"), () -> showScreen(index + 1)));
        }
        show(page);
    }

    private void showComment() {
        TextArea comment = new TextArea(t("kiosk.comment"));
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setMinRows(3);
        Paragraph error = new Paragraph();
        error.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.XLARGE);
        Button send = bigButton(t("kiosk.send"), () -> { });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        send.addClickListener(e -> send(comment.getValue(), error));
        show(new H2(t("kiosk.commentTitle")), comment, send, error);
    }

    private void send(String comment, Paragraph error) {
        List<Submission.Answer> list = answers.entrySet().stream()
                .map(a -> new Submission.Answer(a.getKey(), a.getValue())).toList();
        try {
            sender.apply(new Submission(campaign.communeCode(), field.code(), channel, null, list, null, officer,
                    comment, receiptCode, clientId));
            show(new H1(t("kiosk.thanks")), new Paragraph(t("kiosk.thanksDetail")));
            onDone.run();
        } catch (InvalidInputException e) {
            error.setText(getTranslation(e.fieldMessageKeys().values().iterator().next()));
        } catch (SubmissionRefusedException e) {
            error.setText(getTranslation(e.messageKey()));
        } catch (RuntimeException e) {
            // the database may be away for a moment; the answer stays here and the same client id is resent
            error.setText(t("kiosk.tryAgain"));
        }
    }

    private void show(com.vaadin.flow.component.Component... components) {
        content.removeAll();
        content.add(components);
    }

    private FlexLayout choices(List<Button> buttons) {
        FlexLayout layout = new FlexLayout();
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.getStyle().set("gap", "1rem");
        buttons.forEach(layout::add);
        return layout;
    }

    private Button bigButton(String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.getStyle().set("font-size", "1.5rem").set("min-height", "4.5rem").set("padding", "0.5rem 1.5rem")
                .set("white-space", "normal").set("height", "auto");
        return button;
    }

    private String colour(TemplateDetail.Level level) {
        int count = campaign.template().levels().size();
        if (level.satisfied()) {
            return level.position() == 1 ? "#7bd389" : "#b8e6b0";
        }
        return level.position() == count ? "#f28b82" : (count == 5 && level.position() == 3 ? "#ffe08a" : "#f8b4a8");
    }

    private VaadinIcon face(TemplateDetail.Level level) {
        if (level.satisfied()) {
            return VaadinIcon.SMILEY_O;
        }
        boolean neutral = campaign.template().levels().size() == 5 && level.position() == 3;
        return neutral ? VaadinIcon.MEH_O : VaadinIcon.FROWN_O;
    }

    private boolean english() {
        return getLocale() != null && getLocale().getLanguage().equals("en");
    }

    private String name(FieldView f) {
        return english() ? f.nameEn() : f.nameVi();
    }

    private String text(TemplateDetail.Criterion c) {
        return english() ? c.textEn() : c.textVi();
    }

    private String label(TemplateDetail.Level l) {
        return english() ? l.labelEn() : l.labelVi();
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
