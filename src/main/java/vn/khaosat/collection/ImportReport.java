package vn.khaosat.collection;

import java.util.List;

/**
 * What an import of dossier counts found: the rows it read, the ones with errors (line number and
 * an i18n key), and whether anything was stored.
 */
public record ImportReport(int rowsRead, int rowsStored, List<RowError> errors, boolean stored) {

    static final String UNREADABLE = "collection.import.unreadable";

    public record RowError(int line, String messageKey, String value) {
    }

    /** The file itself could not be read (broken, empty, not CSV or XLSX). */
    public boolean unreadable() {
        return errors.size() == 1 && errors.get(0).messageKey().equals(UNREADABLE);
    }
}
