package se.tuna.placement.reports.export;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A table cell as Swedish readers write it: decimals with a comma ("38,8"), whole numbers as they
 * are, days as ISO dates (2017-01-16, Sweden's own way of writing a date), text as it is, and no
 * figure as empty.
 */
final class CellText {

    private CellText() {
    }

    static String of(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        if (cell instanceof Number || cell instanceof LocalDate || cell instanceof CharSequence) {
            return cell.toString();
        }
        throw new IllegalArgumentException("A report's cell is text, a number or a day, not " + cell.getClass().getSimpleName());
    }

    /** Whether the cell is a figure, aligned right in print. */
    static boolean isFigure(Object cell) {
        return cell instanceof Number;
    }
}
