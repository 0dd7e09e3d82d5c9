package vn.khaosat.collection;

import java.util.List;

/**
 * What an import of dossier counts found: the rows it read, the ones with errors (line number and
 * an i18n key), and whether anything was stored.
 */
public record ImportReport(int rowsRead, int rowsStored, List<RowError> errors, boolean stored) {

    public record RowError(int line, String messageKey, String value) {
    }
}
