package vn.khaosat.collection.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.collection.DossierService;
import vn.khaosat.collection.ImportReport;
import vn.khaosat.plan.FieldView;
import vn.khaosat.plan.TemplateService;
import vn.khaosat.base.ui.PageTitle;
import vn.khaosat.base.ui.Buttons;

/** Dossiers processed per field and month: typed in, or imported from the one-stop system's CSV/XLSX export. */
@Route("dossiers")
@Menu(title = "menu.dossiers", order = 30, icon = "vaadin:records")
@RolesAllowed("COMMUNE_STAFF")
public class DossiersView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final DossierService dossiers;

    final ComboBox<FieldView> field = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final Select<Integer> month = new Select<>();
    final IntegerField count = new IntegerField();
    final Button save = new Button();
    final Upload upload = new Upload();
    final Paragraph importSummary = new Paragraph();
    final Grid<ImportReport.RowError> importErrors = new Grid<>(ImportReport.RowError.class, false);
    final Button importValidRows = new Button();
    private final FormErrors errors = new FormErrors();
    private String lastFileName;
    private byte[] lastFile;

    public DossiersView(DossierService dossiers, TemplateService templates, Clock clock) {
        this.dossiers = dossiers;
        field.setLabel(t("dossiers.field"));
        field.setItems(templates.activeFields());
        field.setItemLabelGenerator(FieldView::nameVi);
        year.setLabel(t("plan.year"));
        year.setValue(LocalDate.now(clock).getYear());
        month.setLabel(t("dossiers.month"));
        month.setItems(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        month.setValue(LocalDate.now(clock).getMonthValue());
        count.setLabel(t("dossiers.count"));
        count.setMin(0);
        errors.field("field", field).field("month", month).field("count", count);
        Buttons.primary(save, t("common.save"), this::save);
        HorizontalLayout entry = new HorizontalLayout(field, year, month, count, save);
        entry.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        entry.setWrap(true);

        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) ->
                getUI().ifPresent(ui -> ui.access(() -> importFile(metadata.fileName(), data, false)))));
        importErrors.addColumn(ImportReport.RowError::line).setHeader(t("dossiers.line")).setAutoWidth(true);
        importErrors.addColumn(e -> t(e.messageKey())).setHeader(t("dossiers.problem")).setFlexGrow(2);
        importErrors.addColumn(ImportReport.RowError::value).setHeader(t("dossiers.value"));
        importErrors.setAllRowsVisible(true);
        importErrors.setVisible(false);
        importValidRows.setText(t("dossiers.importValid"));
        importValidRows.addClickListener(e -> importFile(lastFileName, lastFile, true));
        importValidRows.setVisible(false);

        add(new H2(t("menu.dossiers")), new H3(t("dossiers.enter")), entry, new H3(t("dossiers.import")),
                new Paragraph(t("dossiers.importHelp")), upload, importSummary, importErrors, importValidRows);
    }

    void save() {
        FieldView chosen = field.getValue();
        if (chosen == null) {
            field.setErrorMessage(t("validation.required"));
            field.setInvalid(true);
            return;
        }
        if (errors.perform(this, () -> dossiers.enter(chosen.id(), year.getValue() == null ? 0 : year.getValue(),
                month.getValue() == null ? 0 : month.getValue(), count.getValue()))) {
            FormErrors.success(this, "common.saved");
        }
    }

    /** Imports an uploaded file; with errors and {@code validRows} false, shows them and stores nothing. */
    void importFile(String fileName, byte[] data, boolean validRows) {
        lastFileName = fileName;
        lastFile = data;
        ImportReport report;
        try {
            report = dossiers.importFile(fileName, new ByteArrayInputStream(data), validRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (report.unreadable()) {
            importSummary.setText(t("dossiers.unreadable"));
            importErrors.setVisible(false);
            importValidRows.setVisible(false);
            return;
        }
        importSummary.setText(t(report.stored() ? "dossiers.imported" : "dossiers.notImported", report.rowsRead(),
                report.rowsStored(), report.errors().size()));
        importErrors.setItems(report.errors());
        importErrors.setVisible(!report.errors().isEmpty());
        importValidRows.setVisible(!report.stored() && report.errors().size() < report.rowsRead());
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.dossiers");
    }

}
