package vn.khaosat.training.ui;

import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.training.TrainingClock;
import vn.khaosat.base.ui.PageTitle;

/**
 * The trainer's clock: today's date as the application sees it, the next steps due, and buttons
 * that move time forward and run what falls due. A route only in the demo profile
 * ({@link vn.khaosat.training.TrainingClockConfiguration}).
 */
@Menu(title = "menu.trainingClock", order = 98, icon = "vaadin:clock")
@RolesAllowed("ADMIN")
public class TrainingClockView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/training-clock";

    private final TrainingClock clock;

    final Paragraph now = new Paragraph();
    final Paragraph result = new Paragraph();
    final Button toCutOff = new Button();
    final Button toPublication = new Button();
    final IntegerField days = new IntegerField();
    final Button forward = new Button();
    final Button reset = new Button();
    final Grid<TrainingClock.DueStep> next = new Grid<>();

    public TrainingClockView(TrainingClock clock) {
        this.clock = clock;
        Paragraph intro = new Paragraph(getTranslation("trainingClock.intro"));
        now.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");

        toCutOff.setText(getTranslation("trainingClock.toCutOff"));
        toCutOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toCutOff.addClickListener(e -> clock.moveToNextCutOff().ifPresentOrElse(this::show,
                () -> FormErrors.error(this, "trainingClock.noCutOff")));
        toPublication.setText(getTranslation("trainingClock.toPublication"));
        toPublication.addClickListener(e -> show(clock.moveTo(clock.nextPublication())));

        days.setLabel(getTranslation("trainingClock.days"));
        days.setMin(1);
        days.setMax(366);
        days.setValue(7);
        days.setStepButtonsVisible(true);
        days.setWidth("10rem");
        forward.setText(getTranslation("trainingClock.forward"));
        forward.addClickListener(e -> {
            Integer n = days.getValue();
            if (n == null || n < 1 || n > 366) {
                days.setInvalid(true);
                days.setErrorMessage(getTranslation("trainingClock.daysRange"));
                return;
            }
            days.setInvalid(false);
            show(clock.forwardDays(n));
        });
        reset.setText(getTranslation("trainingClock.reset"));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(e -> {
            clock.reset();
            result.setText(getTranslation("trainingClock.resetDone"));
            refresh();
        });

        next.addColumn(step -> AppTime.DATE_TIME.format(step.due().atZone(AppTime.ZONE)))
                .setHeader(getTranslation("trainingClock.due")).setAutoWidth(true).setFlexGrow(0);
        next.addColumn(TrainingClock.DueStep::process).setHeader(getTranslation("trainingClock.process"));
        next.addColumn(TrainingClock.DueStep::activity).setHeader(getTranslation("trainingClock.activity"));
        next.setAllRowsVisible(true);

        HorizontalLayout jumps = new HorizontalLayout(toCutOff, toPublication);
        HorizontalLayout byDays = new HorizontalLayout(days, forward, reset);
        byDays.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("menu.trainingClock")), intro, now, jumps, byDays, result,
                new H3(getTranslation("trainingClock.next")), next);
        refresh();
    }

    private void show(TrainingClock.Moved moved) {
        result.setText(getTranslation("trainingClock.moved", format(moved.now()), moved.ran())
                + (moved.failed() > 0 ? " " + getTranslation("trainingClock.failed", moved.failed()) : ""));
        refresh();
    }

    private void refresh() {
        now.setText(getTranslation("trainingClock.now", format(clock.now())));
        next.setItems(clock.nextSteps(8));
    }

    private static String format(Instant instant) {
        return AppTime.DATE_TIME.format(instant.atZone(AppTime.ZONE));
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.trainingClock");
    }
}
