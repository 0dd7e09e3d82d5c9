package vn.khaosat.collection.ui;

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
import vn.khaosat.collection.OfficerService;
import vn.khaosat.plan.Channel;
import vn.khaosat.base.ui.PageTitle;

/** The public online form: /khao-sat/&lt;commune code&gt;, or ?ma=&lt;receipt code&gt; as printed on a dossier receipt. */
@Route(value = "khao-sat", autoLayout = false)
@AnonymousAllowed
public class OnlineSurveyView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CollectionService collection;
    private final OfficerService officers;
    QuestionnaireFlow flow;

    public OnlineSurveyView(CollectionService collection, OfficerService officers) {
        this.collection = collection;
        this.officers = officers;
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String communeCode) {
        removeAll();
        String receipt = event.getLocation().getQueryParameters().getSingleParameter("ma").orElse(null);
        var campaign = collection.questionnaire(communeCode.toUpperCase());
        if (campaign.isEmpty() || !campaign.get().channels().contains(Channel.ONLINE)) {
            add(new H1(getTranslation("app.title")), new Paragraph(getTranslation(campaign.isEmpty()
                    ? "collection.error.noCampaign" : "collection.error.channelNotInPlan")));
            return;
        }
        String address = VaadinRequest.getCurrent() == null ? "" : VaadinRequest.getCurrent().getRemoteAddr();
        flow = new QuestionnaireFlow(campaign.get(), officers.officers(campaign.get().communeCode()), Channel.ONLINE,
                receipt,
                submission -> collection.submitOnline(submission, address), () -> { });
        add(new LanguageSwitch(), flow);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "kiosk.title");
    }
}
