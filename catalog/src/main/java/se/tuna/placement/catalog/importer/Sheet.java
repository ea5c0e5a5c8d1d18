package se.tuna.placement.catalog.importer;

import java.util.List;

/**
 * A sheet as read from a file, before its columns are understood.
 *
 * @param kind      what the file was, for messages ("CSV", "Excel")
 * @param headerRow the row number of the header
 * @param headers   the header cells as written, {@code null} where empty
 * @param rows      the non-empty rows after the header, in order
 */
public record Sheet(String kind, int headerRow, List<String> headers, List<Row> rows) {

    /**
     * One non-empty row.
     *
     * @param number the row number as the spreadsheet shows it
     * @param cells  by column position, {@code null} where empty; may be shorter than the header
     */
    public record Row(int number, List<CellValue> cells) {

        public CellValue cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }
}
