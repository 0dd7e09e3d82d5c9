package vn.khaosat.report.ui;

import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.ui.DocumentPreview;
import vn.khaosat.base.ui.Downloads;
import vn.khaosat.report.ReportService;
import vn.khaosat.report.ReportView;

/** A report's document (preview and downloads) and its history (steps, comments, sent versions). */
class ReportPanel extends Composite<TabSheet> {

    final DocumentPreview preview = new DocumentPreview();
    final Grid<ReportView.Event> history = new Grid<>();
    final Grid<ReportView.Version> versions = new Grid<>();
    final Anchor pdf;
    final Anchor docx;
    final Anchor xlsx;

    ReportPanel(ReportService reports, ReportView report) {
        String base = "bao-cao-" + report.communeCode().toLowerCase(Locale.ROOT) + "-" + report.periodCode();
        pdf = Downloads.link(getTranslation("report.downloadPdf"), base + ".pdf", Downloads.PDF, () -> reports.pdf(report.id()));
        docx = Downloads.link(getTranslation("report.downloadDocx"), base + ".docx", Downloads.DOCX,
                () -> reports.docx(report.id()));
        xlsx = Downloads.link(getTranslation("report.downloadXlsx"), base + ".xlsx", Downloads.XLSX, () -> reports.xlsx(report.id()));
        preview.show(reports.document(report.id()));
        HorizontalLayout downloads = new HorizontalLayout(pdf, docx, xlsx);
        VerticalLayout document = new VerticalLayout(downloads, preview);
        document.setPadding(false);

        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setAllRowsVisible(true);
        history.addColumn(e -> AppTime.DATE_TIME.format(e.doneAt().atZone(AppTime.ZONE)))
                .setHeader(getTranslation("report.when")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(e -> getTranslation("report.event." + e.action())).setHeader(getTranslation("report.step"))
                .setAutoWidth(true);
        history.addColumn(e -> e.doneBy() == null ? getTranslation("report.bySystem") : e.doneBy())
                .setHeader(getTranslation("report.by")).setAutoWidth(true);
        history.addColumn(e -> e.comment() == null ? "" : e.comment()).setHeader(getTranslation("report.comment"))
                .setFlexGrow(2);
        history.setItems(report.history());

        versions.addThemeVariants(GridVariant.LUMO_COMPACT);
        versions.setAllRowsVisible(true);
        versions.addColumn(ReportView.Version::number).setHeader(getTranslation("report.versionNumber")).setAutoWidth(true);
        versions.addColumn(v -> AppTime.DATE_TIME.format(v.signedAt().atZone(AppTime.ZONE)))
                .setHeader(getTranslation("report.signedAt")).setAutoWidth(true);
        versions.addColumn(ReportView.Version::signedBy).setHeader(getTranslation("report.by")).setAutoWidth(true);
        versions.addComponentColumn(v -> Downloads.link("PDF", base + "-v" + v.number() + ".pdf", Downloads.PDF,
                () -> reports.pdf(report.id(), v.number()))).setHeader(getTranslation("report.document"));
        versions.setItems(report.versions());
        VerticalLayout past = new VerticalLayout(history, new Div(getTranslation("report.versions")), versions);
        past.setPadding(false);

        getContent().add(getTranslation("report.tabDocument"), document);
        getContent().add(getTranslation("report.tabHistory"), past);
        getContent().setWidthFull();
    }
}
