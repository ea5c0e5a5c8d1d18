package se.tuna.placement.reports.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;

/**
 * A report's cell as Swedish readers write it, the one way the CSV files and the PDF both write
 * it: decimals with a comma ("38,8"), whole numbers as they are, days as ISO dates (2017-01-16,
 * which Swedish Excel takes as a date), text as it is, no figure as empty, a withheld figure as
 * {@value Withholding#MARK}. A cell is text, a whole
 * number, a {@link BigDecimal}, a {@link LocalDate} or {@code null}; a caller writes a code or
 * label for anything else (a double would carry binary noise, an enum its code by accident).
 */
final class CellText {

    private CellText() {
    }

    static String of(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell == Withholding.Withheld.FIGURE) {
            return Withholding.MARK;
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        if (isFigure(cell) || cell instanceof LocalDate || cell instanceof String) {
            return cell.toString();
        }
        throw new IllegalArgumentException("A cell is text, a whole number, a BigDecimal, a LocalDate or null, not a "
                + cell.getClass().getSimpleName() + "; write its code or label");
    }

    /** Whether the cell is a figure (a number), aligned right in print and never guarded as a formula. */
    static boolean isFigure(Object cell) {
        return cell == Withholding.Withheld.FIGURE || cell instanceof Integer || cell instanceof Long || cell instanceof Short || cell instanceof Byte
                || cell instanceof BigInteger || cell instanceof BigDecimal;
    }
}
