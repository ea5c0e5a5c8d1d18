package se.tuna.placement.catalog.importer;

import java.util.List;

/**
 * Receives a sheet's rows one at a time as {@link SheetReader} reads them, so no more than one row's cells are
 * held at once. The header comes first, exactly once, before any row; a file without one is refused before.
 */
public interface SheetRows {

    /**
     * The header: the first non-empty row.
     *
     * @param kind    what the file is, for messages ("CSV", "Excel")
     * @param row     its row number as the spreadsheet shows it
     * @param headers its cells as written, {@code null} where empty
     */
    void header(String kind, int row, List<String> headers);

    /** A non-empty row after the header, in order. */
    void row(Sheet.Row row);
}
