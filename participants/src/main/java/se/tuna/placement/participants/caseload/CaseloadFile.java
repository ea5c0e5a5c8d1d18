package se.tuna.placement.participants.caseload;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.importer.BankColumn;
import se.tuna.placement.catalog.importer.CellValue;
import se.tuna.placement.catalog.importer.RowError;
import se.tuna.placement.catalog.importer.Sheet;
import se.tuna.placement.catalog.importer.SheetReader;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Consent;
import se.tuna.placement.participants.stint.ExitOutcome;

/**
 * A caseload file read into rows: CSV or Excel as the bank import reads them ({@link SheetReader}),
 * each cell parsed into its type. A row with a cell that cannot be read is refused here with its
 * line, column and reason; the others go on to be checked against the domain.
 *
 * @param rows    the rows whose cells could be read
 * @param errors  the rows refused, by cell
 * @param ignored headers the format does not know, not read
 * @param sites   every site the file names, so the caller can check who may import it before anything is done
 */
public record CaseloadFile(int rowsRead, List<CaseloadRow> rows, List<RowError> errors, List<String> ignored, Set<String> sites) {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    public CaseloadFile {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        ignored = List.copyOf(ignored);
        sites = Set.copyOf(sites);
    }

    /** @throws InvalidInputException with field {@code file} if it is neither CSV nor Excel, or its header lacks a required column */
    public static CaseloadFile read(InputStream input) {
        return of(SheetReader.read(input));
    }

    /** As {@link #read(InputStream)}, from a file, e.g. an upload spooled to disk. */
    public static CaseloadFile read(Path file) {
        return of(SheetReader.read(file));
    }

    static CaseloadFile of(Sheet sheet) {
        Map<CaseloadColumn, Integer> positions = new EnumMap<>(CaseloadColumn.class);
        Map<CaseloadColumn, String> written = new EnumMap<>(CaseloadColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < sheet.headers().size(); i++) {
            String header = sheet.headers().get(i);
            int position = i;
            CaseloadColumn.forHeader(header).ifPresentOrElse(column -> {
                positions.putIfAbsent(column, position);
                written.putIfAbsent(column, header.strip());
            }, () -> {
                if (header != null) {
                    ignored.add(header);
                }
            });
        }
        List<String> missing = CaseloadColumn.REQUIRED.stream().filter(column -> !positions.containsKey(column))
                .filter(column -> column != CaseloadColumn.ADMITTED_ON || !positions.containsKey(CaseloadColumn.QUEUED_ON))
                .map(CaseloadColumn::header).toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("file", "the header lacks the column(s) " + String.join(", ", missing));
        }
        List<CaseloadRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Set<String> sites = new TreeSet<>();
        for (Sheet.Row row : sheet.rows()) {
            Cells cells = new Cells(row, positions, written, errors);
            CaseloadRow read = cells.read();
            if (read.site() != null) {
                sites.add(read.site());
            }
            if (!cells.refused) {
                rows.add(read);
            }
        }
        return new CaseloadFile(sheet.rows().size(), rows, errors, ignored, sites);
    }

    /** A row's cells, read by column; a cell that cannot be read refuses the row under the file's own header. */
    private static final class Cells {

        private final Sheet.Row row;
        private final Map<CaseloadColumn, Integer> positions;
        private final Map<CaseloadColumn, String> written;
        private final List<RowError> errors;
        private boolean refused;

        Cells(Sheet.Row row, Map<CaseloadColumn, Integer> positions, Map<CaseloadColumn, String> written, List<RowError> errors) {
            this.row = row;
            this.positions = positions;
            this.written = written;
            this.errors = errors;
        }

        CaseloadRow read() {
            return new CaseloadRow(row.number(), text(CaseloadColumn.PARTICIPANT_ID), text(CaseloadColumn.SITE),
                    choice(CaseloadColumn.GENDER, Gender.class, gender -> switch (gender) {
                        case FEMALE -> "kvinna";
                        case MALE -> "man";
                        case OTHER -> "annat";
                        default -> "ej angivet";
                    }), choice(CaseloadColumn.COMPENSATION, Compensation.class, Compensation::label),
                    date(CaseloadColumn.QUEUED_ON), date(CaseloadColumn.ADMITTED_ON), date(CaseloadColumn.ENROLLED_ON),
                    choice(CaseloadColumn.CONSENT, Consent.class, consent -> consent == Consent.GIVEN ? "ja" : "nej"),
                    date(CaseloadColumn.READY_SINCE), text(CaseloadColumn.SLOT_ID), date(CaseloadColumn.STUDY_VISIT_ON),
                    date(CaseloadColumn.TRIAL_START), date(CaseloadColumn.TRIAL_END), date(CaseloadColumn.CURRENT_PERIOD_END),
                    whole(CaseloadColumn.WEEKLY_HOURS), date(CaseloadColumn.EXITED_ON),
                    choice(CaseloadColumn.OUTCOME, ExitOutcome.class, ExitOutcome::label), text(CaseloadColumn.COACH));
        }

        private String text(CaseloadColumn column) {
            Integer position = positions.get(column);
            CellValue cell = position == null ? null : row.cell(position);
            return cell == null || cell.text().isBlank() ? null : cell.text().strip();
        }

        private LocalDate date(CaseloadColumn column) {
            Integer position = positions.get(column);
            CellValue cell = position == null ? null : row.cell(position);
            if (cell instanceof CellValue.Date date) {
                return date.value().toLocalDate();
            }
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return text.length() == 8 ? LocalDate.parse(text, COMPACT) : LocalDate.parse(text);
            } catch (DateTimeParseException notADate) {
                return refuse(column, "is not a date ÅÅÅÅ-MM-DD: " + text);
            }
        }

        private Integer whole(CaseloadColumn column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return Integer.valueOf(text.replaceFirst("[.,]0+$", ""));
            } catch (NumberFormatException notANumber) {
                return refuse(column, "is not a whole number: " + text);
            }
        }

        /** The enum value whose name or Swedish word the cell holds, compared as headers are. */
        private <E extends Enum<E>> E choice(CaseloadColumn column, Class<E> type, Function<E, String> label) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            String key = BankColumn.key(text);
            Set<String> allowed = new LinkedHashSet<>();
            for (E value : type.getEnumConstants()) {
                if (BankColumn.key(value.name()).equals(key) || BankColumn.key(label.apply(value)).equals(key)) {
                    return value;
                }
                allowed.add(value.name());
            }
            return refuse(column, "must be one of " + allowed + " (or its Swedish word): " + text);
        }

        private <T> T refuse(CaseloadColumn column, String reason) {
            errors.add(new RowError(row.number(), written.getOrDefault(column, column.header()), reason));
            refused = true;
            return null;
        }
    }
}
