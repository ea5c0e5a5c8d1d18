package se.tuna.placement.catalog.importer;

import java.time.LocalDateTime;
import java.time.LocalTime;

/** One non-empty cell of a sheet, with the type Excel gave it; every CSV cell is {@link Text}. */
public sealed interface CellValue {

    /** The cell as a coordinator sees it. */
    String text();

    /**
     * A text cell.
     *
     * @param text the text, stripped; never empty
     */
    record Text(String text) implements CellValue {
    }

    /**
     * A number cell.
     *
     * @param value the number
     * @param text  as Excel shows it: plain digits for a whole number in the General format, the cell's own
     *              number format otherwise (e.g. {@code 01110} for format {@code 00000})
     */
    record Number(double value, String text) implements CellValue {

        boolean isWhole() {
            return value == Math.rint(value) && Math.abs(value) < 1e15;
        }
    }

    /**
     * A cell formatted as a date.
     *
     * @param value the date and time it holds
     */
    record Date(LocalDateTime value) implements CellValue {

        @Override
        public String text() {
            return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : value.toString();
        }
    }
}
