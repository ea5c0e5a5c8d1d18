package se.tuna.placement.catalog.importer;

/**
 * Why one row of an import was refused. A refused row is skipped as a whole: nothing of it is stored.
 *
 * @param row    the row number as the spreadsheet shows it (the header row of an ordinary sheet is row 1);
 *               for {@link BankImport#importBank} the position described there
 * @param column the column the error is about, as the file's header writes it (or its standard header when
 *               the file lacks the column); {@code null} when the error is about the whole row, e.g. it
 *               could not be stored
 * @param reason what is wrong, in words a coordinator can act on
 */
public record RowError(int row, String column, String reason) {
}
