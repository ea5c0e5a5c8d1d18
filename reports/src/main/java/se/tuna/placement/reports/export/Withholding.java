package se.tuna.placement.reports.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.tuna.placement.reports.disclosure.DisclosedTable;
import se.tuna.placement.reports.disclosure.Figure;
import se.tuna.placement.reports.status.StatusReport;
import se.tuna.placement.reports.status.StatusReportCountTables;

/**
 * What an export prints of a report's figures: every one, or, in an export for outside the
 * programme, with the small counts and those a reader could work them out from withheld
 * ({@link StatusReportCountTables}, then {@code Disclosure}; {@code docs/reports.md}, "Hiding small
 * counts"). A withheld figure is printed {@value #MARK}, as Statistics Sweden marks a figure that
 * cannot be shown, the same for a small one and one that protects another. Counts outside the
 * linked tables (the intake, the days measured, the placements) are withheld when small; a figure
 * derived from a withheld count (a mean, a share, a median) goes with it.
 */
public final class Withholding {

    /** How a withheld figure is printed. */
    public static final String MARK = "..";

    /** Every figure printed: the programme's own reports. */
    public static final Withholding NONE = new Withholding(Map.of(), 0);

    /** A withheld cell, as the tables hold it; printed {@value #MARK}. */
    enum Withheld {
        FIGURE
    }

    private final Map<String, DisclosedTable> tables;
    private final int threshold;

    private Withholding(Map<String, DisclosedTable> tables, int threshold) {
        this.tables = tables;
        this.threshold = threshold;
    }

    /** The withholding of {@code report}'s export for outside the programme at {@code threshold}; none at 0 or 1. */
    public static Withholding of(StatusReport report, int threshold) {
        if (threshold <= 1) {
            return NONE;
        }
        Map<String, DisclosedTable> disclosed = new LinkedHashMap<>();
        List<DisclosedTable> tables = StatusReportCountTables.of(report).suppress(threshold);
        tables.forEach(table -> disclosed.put(table.name(), table));
        return new Withholding(disclosed, threshold);
    }

    /** Whether anything at all may be withheld. */
    public boolean applies() {
        return threshold > 1;
    }

    /** A cell of the linked count tables: its count, or withheld. */
    Object cell(String table, String code, long count) {
        return shown(Optional.ofNullable(tables.get(table)).map(disclosed -> disclosed.cell(code)), count);
    }

    /** A linked table's total: its count, or withheld. */
    Object total(String table, long count) {
        return shown(Optional.ofNullable(tables.get(table)).flatMap(DisclosedTable::total), count);
    }

    /** A count outside the linked tables: withheld when small (from 1 to one below the threshold). */
    Object count(long count) {
        return applies() && count >= 1 && count < threshold ? Withheld.FIGURE : count;
    }

    /** A figure derived from counts: withheld with any of them. */
    static Object derived(Object value, Object... from) {
        for (Object basis : from) {
            if (basis == Withheld.FIGURE) {
                return Withheld.FIGURE;
            }
        }
        return value;
    }

    private static Object shown(Optional<Figure> figure, long count) {
        return figure.map(Figure::hidden).orElse(false) ? Withheld.FIGURE : count;
    }
}
