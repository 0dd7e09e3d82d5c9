package vn.khaosat.collection.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.khaosat.base.ui.LanguageSwitch;
import vn.khaosat.collection.CollectionService;
import vn.khaosat.collection.KioskService;
import vn.khaosat.collection.OfficerService;
import vn.khaosat.collection.SubmissionRefusedException;
import vn.khaosat.plan.Channel;
import vn.khaosat.base.ui.PageTitle;

/**
 * The kiosk at the one-stop counter, opened on the tablet as /kiosk/&lt;token&gt;. It asks the next
 * citizen from the start again a few seconds after the thank-you, and after a minute without a tap.
 */
@Route(value = "kiosk", autoLayout = false)
@AnonymousAllowed
public class KioskScreen extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final int POLL_MILLIS = 2000;
    static final long THANKS_MILLIS = 6_000;
    static final long IDLE_MILLIS = 60_000;

    private final KioskService kiosks;
    private final CollectionService collection;
    private final OfficerService officers;
    QuestionnaireFlow flow;
    private long lastTouch = elapsedMillis();
    private long resetAt = Long.MAX_VALUE;

    public KioskScreen(KioskService kiosks, CollectionService collection, OfficerService officers) {
        this.kiosks = kiosks;
        this.collection = collection;
        this.officers = officers;
        setSizeFull();
        getStyle().set("font-size", "1.25rem");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        var kiosk = kiosks.authenticate(token);
        var campaign = kiosk.flatMap(k -> collection.questionnaire(k.communeCode()));
        if (kiosk.isEmpty() || campaign.isEmpty()) {
            add(new H1(getTranslation("app.title")),
                    new Paragraph(getTranslation(kiosk.isEmpty() ? "collection.error.kioskToken" : "collection.error.noCampaign")));
            return;
        }
        String address = VaadinRequest.getCurrent() == null ? "" : VaadinRequest.getCurrent().getRemoteAddr();
        flow = new QuestionnaireFlow(campaign.get(), officers.officers(campaign.get().communeCode()), Channel.KIOSK, null,
                submission -> {
            // a revoked token stops the kiosk at its next submission
            var identity = kiosks.authenticate(token).orElseThrow(
                    () -> new SubmissionRefusedException("collection.error.kioskToken", 401));
            return collection.submitAtKiosk(submission, identity, address);
        }, () -> resetAt = elapsedMillis() + THANKS_MILLIS);
        flow.getElement().addEventListener("click", e -> lastTouch = elapsedMillis());
        add(new LanguageSwitch(), flow);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.setPollInterval(POLL_MILLIS);
        ui.addPollListener(e -> tick(elapsedMillis()));
    }

    /**
     * Milliseconds on a monotonic counter: the resets measure how long the screen waited, which a
     * training clock's jump or a corrected system time must not shorten.
     */
    static long elapsedMillis() {
        return System.nanoTime() / 1_000_000;
    }

    /** Starts over after the thank-you or after a minute without a touch. */
    void tick(long now) {
        if (flow == null) {
            return;
        }
        if (now >= resetAt || now - lastTouch >= IDLE_MILLIS) {
            resetAt = Long.MAX_VALUE;
            lastTouch = now;
            flow.start();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "kiosk.title");
    }
}
