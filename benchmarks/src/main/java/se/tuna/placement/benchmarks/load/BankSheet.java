package se.tuna.placement.benchmarks.load;

import static se.tuna.placement.catalog.importer.BankColumn.ADRESS;
import static se.tuna.placement.catalog.importer.BankColumn.ARBETSGIVARE;
import static se.tuna.placement.catalog.importer.BankColumn.ARBETSUPPGIFTER;
import static se.tuna.placement.catalog.importer.BankColumn.EPOST;
import static se.tuna.placement.catalog.importer.BankColumn.HANDLEDARE;
import static se.tuna.placement.catalog.importer.BankColumn.KONTAKTPERSON;
import static se.tuna.placement.catalog.importer.BankColumn.KRAV;
import static se.tuna.placement.catalog.importer.BankColumn.LAT;
import static se.tuna.placement.catalog.importer.BankColumn.LON;
import static se.tuna.placement.catalog.importer.BankColumn.ORGANISATIONSNUMMER;
import static se.tuna.placement.catalog.importer.BankColumn.ORT;
import static se.tuna.placement.catalog.importer.BankColumn.PLATSENS_ORT;
import static se.tuna.placement.catalog.importer.BankColumn.PLATSER;
import static se.tuna.placement.catalog.importer.BankColumn.PLATSREFERENS;
import static se.tuna.placement.catalog.importer.BankColumn.POSTNUMMER;
import static se.tuna.placement.catalog.importer.BankColumn.SCHEMA;
import static se.tuna.placement.catalog.importer.BankColumn.SEKTOR;
import static se.tuna.placement.catalog.importer.BankColumn.SNI;
import static se.tuna.placement.catalog.importer.BankColumn.SSYK;
import static se.tuna.placement.catalog.importer.BankColumn.STATUS;
import static se.tuna.placement.catalog.importer.BankColumn.STOD;
import static se.tuna.placement.catalog.importer.BankColumn.TELEFON;
import static se.tuna.placement.catalog.importer.BankColumn.TILLGANGLIGHET;
import static se.tuna.placement.catalog.importer.BankColumn.TILLGANGLIG_FRAN;
import static se.tuna.placement.catalog.importer.BankColumn.TILLGANGLIG_TILL;
import static se.tuna.placement.catalog.importer.BankColumn.TIMMAR_MAX;
import static se.tuna.placement.catalog.importer.BankColumn.TIMMAR_MIN;
import static se.tuna.placement.catalog.importer.BankColumn.TITEL;
import static se.tuna.placement.catalog.importer.BankColumn.TYNGSTA_LYFT_KG;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.tuna.placement.catalog.demo.DemoBank;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.TimeWindow;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.importer.BankColumn;

/**
 * A generated bank written as coordinators keep it (docs/import-format.md): one row per slot, its
 * employer's columns on the employer's first row only, as CSV (semicolons, as Swedish Excel saves)
 * or as .xlsx (POI's streaming workbook, so 100,000 rows are written in little memory).
 */
final class BankSheet {

    private static final List<BankColumn> COLUMNS = List.of(ORGANISATIONSNUMMER, ARBETSGIVARE, SEKTOR, SNI, KONTAKTPERSON,
            TELEFON, EPOST, ADRESS, POSTNUMMER, ORT, BankColumn.VERKSAMHETER, PLATSREFERENS, TITEL, ARBETSUPPGIFTER, SSYK,
            PLATSENS_ORT, LAT, LON, TIMMAR_MIN, TIMMAR_MAX, SCHEMA, PLATSER, TILLGANGLIG_FRAN, TILLGANGLIG_TILL, KRAV,
            TYNGSTA_LYFT_KG, STOD, TILLGANGLIGHET, HANDLEDARE, STATUS);
    /** Numbers an .xlsx keeps as number cells, as a coordinator's sheet would. */
    private static final Set<BankColumn> NUMBERS = Set.of(LAT, LON, TIMMAR_MIN, TIMMAR_MAX, PLATSER, TYNGSTA_LYFT_KG);
    private static final String[] DAYS = {"mån", "tis", "ons", "tor", "fre", "lör", "sön"};

    private final List<Map<BankColumn, String>> rows;

    BankSheet(DemoBank bank) {
        this.rows = rowsOf(bank);
    }

    int rowCount() {
        return rows.size();
    }

    void writeCsv(Path file) {
        writeCsv(file, rows);
    }

    /**
     * The same rows in files of at most {@code rowsPerPart} rows, each with the header, to be
     * imported in order: an employer's first row (with its details) comes in the part before its
     * later slots, which then name an employer already in the bank.
     */
    List<Path> writeCsvParts(Path folder, String name, int rowsPerPart) {
        List<Path> parts = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += rowsPerPart) {
            Path part = folder.resolve(name + "-part" + (parts.size() + 1) + ".csv");
            writeCsv(part, rows.subList(from, Math.min(rows.size(), from + rowsPerPart)));
            parts.add(part);
        }
        return parts;
    }

    private static void writeCsv(Path file, List<Map<BankColumn, String>> rows) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            csv.printRecord(COLUMNS.stream().map(BankColumn::header).toList());
            for (Map<BankColumn, String> row : rows) {
                csv.printRecord(COLUMNS.stream().map(column -> row.getOrDefault(column, "")).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeXlsx(Path file) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("Praktikplatsbank");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).header());
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                Map<BankColumn, String> values = rows.get(r);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    String value = values.get(COLUMNS.get(c));
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    if (NUMBERS.contains(COLUMNS.get(c))) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<BankColumn, String>> rowsOf(DemoBank bank) {
        Map<String, Employer> employers = bank.employers().stream().collect(Collectors.toMap(Employer::id, Function.identity()));
        Set<String> described = new HashSet<>();
        Map<String, Integer> references = new HashMap<>();
        List<Map<BankColumn, String>> rows = new ArrayList<>(bank.slots().size() + bank.employers().size());
        for (TrainingSlot slot : bank.slots()) {
            Employer employer = employers.get(slot.employerId());
            Map<BankColumn, String> row = new EnumMap<>(BankColumn.class);
            row.put(ORGANISATIONSNUMMER, employer.organisationNumber().value());
            if (described.add(employer.id())) {
                row.putAll(employerColumns(employer));
            }
            row.put(PLATSREFERENS, "P" + references.merge(employer.id(), 1, Integer::sum));
            row.putAll(slotColumns(slot));
            rows.add(row);
        }
        for (Employer employer : bank.employers()) {
            if (described.add(employer.id())) {
                Map<BankColumn, String> row = new EnumMap<>(BankColumn.class);
                row.put(ORGANISATIONSNUMMER, employer.organisationNumber().value());
                row.putAll(employerColumns(employer));
                rows.add(row);
            }
        }
        return rows;
    }

    private static Map<BankColumn, String> employerColumns(Employer employer) {
        Map<BankColumn, String> row = new EnumMap<>(BankColumn.class);
        row.put(ARBETSGIVARE, employer.name());
        row.put(SEKTOR, employer.sector().name());
        row.put(SNI, employer.industryCode());
        if (employer.contact() != null) {
            put(row, KONTAKTPERSON, employer.contact().name());
            put(row, TELEFON, employer.contact().phone());
            put(row, EPOST, employer.contact().email());
        }
        put(row, ADRESS, employer.address().street());
        put(row, POSTNUMMER, employer.address().postalCode());
        row.put(ORT, employer.address().locality());
        row.put(BankColumn.VERKSAMHETER, String.join(";", employer.sites()));
        return row;
    }

    private static Map<BankColumn, String> slotColumns(TrainingSlot slot) {
        Map<BankColumn, String> row = new EnumMap<>(BankColumn.class);
        row.put(TITEL, slot.title());
        row.put(ARBETSUPPGIFTER, slot.tasks());
        row.put(SSYK, slot.occupationCode());
        row.put(PLATSENS_ORT, slot.locality());
        row.put(LAT, String.format(Locale.ROOT, "%.6f", slot.coordinates().lat()));
        row.put(LON, String.format(Locale.ROOT, "%.6f", slot.coordinates().lon()));
        row.put(TIMMAR_MIN, Integer.toString(slot.hours().min()));
        row.put(TIMMAR_MAX, Integer.toString(slot.hours().max()));
        row.put(SCHEMA, slot.schedule().windows().stream().map(BankSheet::window).collect(Collectors.joining("; ")));
        row.put(PLATSER, Integer.toString(slot.seats()));
        row.put(TILLGANGLIG_FRAN, slot.availableFrom().toString());
        put(row, TILLGANGLIG_TILL, slot.availableUntil() == null ? null : slot.availableUntil().toString());
        // Early start is the schedule's fact, never read from the sheet.
        put(row, KRAV, names(slot.demands().stream().filter(demand -> demand != WorkDemand.EARLY_START).toList()));
        put(row, TYNGSTA_LYFT_KG, slot.heaviestLiftKg() == null ? null : slot.heaviestLiftKg().toString());
        put(row, STOD, names(slot.support()));
        put(row, TILLGANGLIGHET, names(slot.accessibility()));
        put(row, HANDLEDARE, slot.supervisor());
        row.put(STATUS, slot.status() == null ? "OPEN" : slot.status().name());
        return row;
    }

    private static String window(TimeWindow window) {
        return DAYS[window.day().getValue() - DayOfWeek.MONDAY.getValue()] + " " + window.start() + "-" + window.end();
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(";"));
    }

    private static void put(Map<BankColumn, String> row, BankColumn column, String value) {
        if (value != null && !value.isBlank()) {
            row.put(column, value);
        }
    }
}
