package vn.khaosat.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.khaosat.cycle.PeriodResults;
import vn.khaosat.cycle.ResultsDocumentTable;

/** The report's tables as a workbook, for those who carry the figures on in a spreadsheet. */
final class ReportSpreadsheet {

    private ReportSpreadsheet() {
    }

    /** One sheet: title, the results table of source 000 (numbers as numbers), forms per field. */
    static byte[] results(ReportDocument.Content content) {
        PeriodResults r = content.published().results();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Kết quả");
            CellStyle bold = bold(book);
            int row = 0;
            cell(sheet.createRow(row++), 0, ReportDocument.subject(content), bold);
            row++;
            Row header = sheet.createRow(row++);
            List<String> headers = ResultsDocumentTable.headers(r);
            for (int i = 0; i < headers.size(); i++) {
                cell(header, i, headers.get(i), bold);
            }
            for (List<String> line : ResultsDocumentTable.rows(r)) {
                Row out = sheet.createRow(row++);
                for (int i = 0; i < line.size(); i++) {
                    value(out, i, line.get(i), i >= 3 && i < 3 + r.levelLabels().size());
                }
            }
            row++;
            Row formsHeader = sheet.createRow(row++);
            String[] formHeaders = {"Lĩnh vực", "Số phiếu phát ra", "Số phiếu thu vào", "Tỷ lệ hài lòng (%)"};
            for (int i = 0; i < formHeaders.length; i++) {
                cell(formsHeader, i, formHeaders[i], bold);
            }
            for (PeriodResults.FieldResult f : r.fields()) {
                Row out = sheet.createRow(row++);
                out.createCell(0).setCellValue(f.fieldName());
                out.createCell(1).setCellValue(f.formsIssued());
                out.createCell(2).setCellValue(f.responses());
                if (f.rate() != null) {
                    out.createCell(3).setCellValue(Math.round(f.rate() * 10) / 10.0);
                }
            }
            Row overall = sheet.createRow(row);
            cell(overall, 0, "Tỷ lệ hài lòng chung (%)", bold);
            if (r.overallRate() != null) {
                overall.createCell(3).setCellValue(Math.round(r.overallRate() * 10) / 10.0);
            }
            for (int i = 0; i < headers.size(); i++) {
                sheet.setColumnWidth(i, i == 2 ? 60 * 256 : i == 1 ? 30 * 256 : 16 * 256);
            }
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The district's consolidated table: a row per commune and field, totals per field and overall. */
    static byte[] consolidated(ConsolidatedTable table) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Tổng hợp");
            CellStyle bold = bold(book);
            int row = 0;
            cell(sheet.createRow(row++), 0, table.title(), bold);
            row++;
            Row header = sheet.createRow(row++);
            List<String> headers = table.headers();
            for (int i = 0; i < headers.size(); i++) {
                cell(header, i, headers.get(i), bold);
            }
            for (ConsolidatedTable.Line line : table.lines()) {
                Row out = sheet.createRow(row++);
                List<String> cells = line.cells();
                for (int i = 0; i < cells.size(); i++) {
                    Cell c = value(out, i, cells.get(i), i >= 2);
                    if (line.total()) {
                        c.setCellStyle(bold);
                    }
                }
            }
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(1, 34 * 256);
            for (int i = 2; i < headers.size(); i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cell value(Row row, int column, String text, boolean numeric) {
        Cell cell = row.createCell(column);
        if (numeric && text.matches("\\d+")) {
            cell.setCellValue(Integer.parseInt(text));
        } else if (numeric && text.matches("\\d+,\\d+%")) {
            cell.setCellValue(Double.parseDouble(text.replace("%", "").replace(',', '.')));
        } else {
            cell.setCellValue(text);
        }
        return cell;
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static CellStyle bold(XSSFWorkbook book) {
        Font font = book.createFont();
        font.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        return style;
    }

    private static byte[] bytes(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
