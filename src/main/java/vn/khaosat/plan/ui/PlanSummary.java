package vn.khaosat.plan.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.ui.Downloads;
import vn.khaosat.plan.PlanContent;
import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.PlanView;

/** A plan read-only: what the leader approves and what an issued plan says, with its document. */
class PlanSummary extends Div {

    PlanSummary(PlanView plan, PlanService plans) {
        PlanContent c = plan.content();
        row("plan.number", c.number());
        row("plan.date", c.date() == null ? "" : AppTime.DATE.format(c.date()));
        row("plan.status", getTranslation("planStatus." + plan.status().name()));
        row("plan.template", plan.template().label());
        row("plan.fields", plan.fields().stream().map(f -> f.nameVi()).collect(Collectors.joining("; ")));
        row("plan.channels", c.channels().stream().sorted().map(ch -> getTranslation("channel." + ch.name()))
                .collect(Collectors.joining(", ")));
        row("plan.coverageTarget", "> " + c.coverageTarget() + " %");
        row("plan.cutOffDay", String.valueOf(c.cutOffDay()));
        row("plan.reportedPeriods", c.reportedPeriods().stream().sorted()
                .map(p -> getTranslation("period." + p.name())).collect(Collectors.joining(", ")));
        row("plan.signerName", getTranslation("signerTitle." + c.signerTitle().name()) + " " + c.signerName());

        HorizontalLayout documents = new HorizontalLayout(
                Downloads.link(getTranslation("plan.downloadDocx"), PlanService.fileName(plan, "docx"), Downloads.DOCX,
                        () -> plans.docx(plan.id())),
                Downloads.link(getTranslation("plan.downloadPdf"), PlanService.fileName(plan, "pdf"), Downloads.PDF,
                        () -> plans.pdf(plan.id())));
        documents.addClassNames(LumoUtility.Margin.Vertical.MEDIUM);
        add(documents);
    }

    private void row(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassNames(LumoUtility.TextColor.SECONDARY);
        Span text = new Span(value);
        text.addClassNames(LumoUtility.FontWeight.MEDIUM);
        Div row = new Div(label, text);
        row.addClassNames(LumoUtility.Padding.Vertical.XSMALL);
        add(row);
    }
}
