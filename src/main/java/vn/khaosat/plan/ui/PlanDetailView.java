package vn.khaosat.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.CampaignStatus;
import vn.khaosat.plan.CampaignView;
import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.PlanView;
import vn.khaosat.base.ui.PageTitle;

/** One plan: what it says, its document, and its campaign with the dates to come; an admin may cancel the campaign. */
@Route("plans")
@PermitAll
public class PlanDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PlanService plans;
    private final CampaignService campaigns;
    private final boolean admin;

    final H2 title = new H2();
    final Paragraph campaignStatus = new Paragraph();
    /** What the campaign took over from the year before when it started. */
    final Div takenOver = new Div();
    final CalendarPreview upcoming = new CalendarPreview();
    final TextField cancelReason = new TextField();
    final Button cancel = new Button();
    private final FormErrors errors = new FormErrors();
    private CampaignView campaign;
    private long planId;

    public PlanDetailView(PlanService plans, CampaignService campaigns, AuthenticationContext authentication) {
        this.plans = plans;
        this.campaigns = campaigns;
        this.admin = authentication.hasRole("ADMIN");
        cancelReason.setLabel(t("campaign.cancelReason"));
        cancelReason.setWidth("30em");
        cancelReason.setMaxLength(1000);
        errors.field("reason", cancelReason);
        cancel.setText(t("campaign.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> cancel());
    }

    @Override
    public void setParameter(BeforeEvent event, Long planId) {
        this.planId = planId;
        removeAll();
        PlanView plan = plans.plan(planId);
        title.setText(t("plan.title") + " " + plan.year() + " – " + plan.communeName());
        add(title, new PlanSummary(plan, plans));
        campaign = campaigns.campaignOfPlan(planId).orElse(null);
        if (campaign == null) {
            return;
        }
        add(new H3(t("campaign.title")), campaignStatus, takenOver);
        showCampaign();
        add(new H3(t("campaign.upcoming")), upcoming);
        if (admin && campaign.status() == CampaignStatus.RUNNING) {
            add(new HorizontalLayout(cancelReason, cancel));
        }
    }

    private void showCampaign() {
        String status = t("campaignStatus." + campaign.status().name());
        if (campaign.lastWorkOpened() != null) {
            status += " · " + t("campaign.lastOpened") + " " + AppTime.DATE.format(campaign.lastWorkOpened());
        }
        if (campaign.cancelReason() != null) {
            status += " · " + t("campaign.cancelledBecause") + " " + campaign.cancelReason() + " (" + campaign.cancelledBy() + ")";
        }
        campaignStatus.setText(status);
        takenOver.removeAll();
        if (campaign.carriedOver() > 0) {
            takenOver.add(new Paragraph(getTranslation("campaign.carriedOver", String.valueOf(campaign.carriedOver()))));
        }
        if (campaign.notCarriedOver() > 0) {
            takenOver.add(new Paragraph(getTranslation("campaign.notCarriedOver", String.valueOf(campaign.notCarriedOver()))));
        }
        if (!campaign.droppedFields().isEmpty()) {
            takenOver.add(new Paragraph(getTranslation("campaign.droppedFields", campaign.droppedFields().stream()
                    .map(f -> f.name(getLocale()))
                    .collect(java.util.stream.Collectors.joining(", ")))));
        }
        upcoming.show(campaign.upcoming());
    }

    void cancel() {
        if (errors.perform(this, () -> campaigns.cancel(campaign.id(), campaign.version(), cancelReason.getValue()))) {
            FormErrors.success(this, "campaign.cancelled");
            campaign = campaigns.campaignOfPlan(planId).orElseThrow();
            showCampaign();
            cancel.setEnabled(false);
        }
    }

    private String t(String key) {
        return getTranslation(key);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.withName(this, title.getText());
    }

}
