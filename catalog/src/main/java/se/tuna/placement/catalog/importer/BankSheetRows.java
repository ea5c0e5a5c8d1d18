package se.tuna.placement.catalog.importer;

import java.util.ArrayList;
import java.util.List;

import se.tuna.placement.catalog.reference.IndustryClassification;

/**
 * Reads each sheet row into a {@link BankRow} as it comes, so only the rows' domain values are kept, never
 * all of a file's cells; reports how many rows it has read.
 */
final class BankSheetRows implements SheetRows {

    /** Rows between two progress reports while reading. */
    static final int REPORT_EVERY = 1_000;

    private final IndustryClassification industries;
    private final Vocabulary vocabulary;
    private final ImportProgress.Listener progress;
    private final List<BankRow> rows = new ArrayList<>();
    private String kind;
    private SheetLayout layout;
    private RowReader reader;

    BankSheetRows(IndustryClassification industries, Vocabulary vocabulary, ImportProgress.Listener progress) {
        this.industries = industries;
        this.vocabulary = vocabulary;
        this.progress = progress;
    }

    /** Throws a file error, so nothing is read on, if the header cannot be an import's. */
    @Override
    public void header(String kind, int row, List<String> headers) {
        this.kind = kind;
        this.layout = SheetLayout.of(row, headers);
        this.reader = new RowReader(layout, industries, vocabulary);
        progress.report(new ImportProgress(ImportProgress.Phase.READING, 0, 0));
    }

    @Override
    public void row(Sheet.Row row) {
        BankRow read = reader.read(row);
        if (read != null) {
            rows.add(read);
            if (rows.size() % REPORT_EVERY == 0) {
                progress.report(new ImportProgress(ImportProgress.Phase.READING, rows.size(), 0));
            }
        }
    }

    String kind() {
        return kind;
    }

    SheetLayout layout() {
        return layout;
    }

    List<BankRow> rows() {
        return rows;
    }
}
