package vn.khaosat.report.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import vn.khaosat.base.AppTime;
import vn.khaosat.report.ReportService;
import vn.khaosat.report.ReportView;

/** A report outside its tasks (/bao-cao/&lt;id&gt;): for its commune and the parent unit's reviewers. */
@Route("bao-cao")
@PermitAll
public class ReportPageView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ReportService reports;
    final H2 title = new H2();
    ReportPanel panel;

    public ReportPageView(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void setParameter(BeforeEvent event, Long reportId) {
        removeAll();
        ReportView report = reports.report(reportId);
        title.setText(getTranslation("report.pageTitle", report.periodName(), report.communeName()));
        panel = new ReportPanel(reports, report);
        add(title, new Paragraph(getTranslation("report.statusLine", getTranslation("report.status." + report.status().name()),
                AppTime.DATE.format(report.dueOn())) + (report.late() ? " " + getTranslation("report.late") : "")), panel);
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }
}
