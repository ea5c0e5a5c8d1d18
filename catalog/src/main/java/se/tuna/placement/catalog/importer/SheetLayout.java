package se.tuna.placement.catalog.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.tuna.placement.catalog.importer.BankColumn.Part;

/** Which column of a sheet holds which {@link BankColumn}, and the header each is written with. */
final class SheetLayout {

    private final Map<BankColumn, Integer> positions;
    private final Map<BankColumn, String> written;
    private final List<String> ignored;

    private SheetLayout(Map<BankColumn, Integer> positions, Map<BankColumn, String> written, List<String> ignored) {
        this.positions = positions;
        this.written = written;
        this.ignored = ignored;
    }

    /** The layout of a sheet's header (on row {@code headerRow}); throws a file error if it cannot be an import. */
    static SheetLayout of(int headerRow, List<String> headers) {
        SheetLayout layout = columnsOf(headerRow, headers);
        layout.check(headerRow, headers);
        return layout;
    }

    /** Which column holds what, without requiring any; throws a file error if two columns mean the same. */
    static SheetLayout columnsOf(int headerRow, List<String> headers) {
        Map<BankColumn, Integer> positions = new EnumMap<>(BankColumn.class);
        Map<BankColumn, String> written = new EnumMap<>(BankColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header == null) {
                continue;
            }
            Optional<BankColumn> column = BankColumn.forHeader(header);
            if (column.isEmpty()) {
                ignored.add(header);
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                throw SheetReader.fileError("has two columns for " + column.get().header() + ": '" + written.get(column.get())
                        + "' and '" + header + "' (header row " + headerRow + ")");
            } else {
                written.put(column.get(), header.strip());
            }
        }
        return new SheetLayout(positions, written, List.copyOf(ignored));
    }

    private void check(int headerRow, List<String> headers) {
        if (!positions.containsKey(BankColumn.ORGANISATIONSNUMMER)) {
            throw SheetReader.fileError("has no column " + BankColumn.ORGANISATIONSNUMMER.header() + " in its header (row "
                    + headerRow + "), which names the columns: "
                    + "organisationsnummer, arbetsgivare, sektor, sni, ort, verksamheter, titel, … (see docs/import-format.md)"
                    + (positions.isEmpty() ? "; it has " + headers.stream().filter(h -> h != null).toList() : ""));
        }
        boolean employers = positions.keySet().stream().anyMatch(column -> column.part() == Part.EMPLOYER);
        boolean slots = positions.keySet().stream().anyMatch(column -> column.part() == Part.SLOT);
        if (!employers && !slots) {
            throw SheetReader.fileError("has no employer or slot columns besides organisationsnummer");
        }
        requireAll(employers, BankColumn.REQUIRED_FOR_EMPLOYERS, "employers");
        requireAll(slots, BankColumn.REQUIRED_FOR_SLOTS, "training slots");
    }

    private void requireAll(boolean present, List<BankColumn> required, String what) {
        List<BankColumn> missing = required.stream().filter(column -> !positions.containsKey(column)).toList();
        if (present && !missing.isEmpty()) {
            throw SheetReader.fileError("has columns for " + what + " but lacks "
                    + missing.stream().map(BankColumn::header).collect(Collectors.joining(", ")));
        }
    }

    Set<BankColumn> columns() {
        return positions.keySet();
    }

    boolean has(BankColumn column) {
        return positions.containsKey(column);
    }

    CellValue cell(Sheet.Row row, BankColumn column) {
        Integer position = positions.get(column);
        return position == null ? null : row.cell(position);
    }

    /** The column's header as the file writes it, or its standard header if the file lacks it. */
    String name(BankColumn column) {
        return written.getOrDefault(column, column.header());
    }

    List<String> ignored() {
        return ignored;
    }
}
