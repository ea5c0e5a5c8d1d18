package se.tuna.placement.catalog.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.domain.Sector;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.reference.IndustryClassification;

/**
 * Reads the cells of one sheet row into values of the domain's types: numbers, dates, codes with their
 * leading zeros, schedules and vocabulary values. Whether the values together make a valid employer or slot
 * is for the domain's rules to say, later.
 */
final class RowReader {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DOTTED_SNI = Pattern.compile("(\\d{1,2})\\.(\\d{1,3})");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("([-+]?\\d+)(?:[.,]0+)?\\s*(?:kg|h|tim|timmar|st)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SITE_SEPARATOR = Pattern.compile("[;,\\n\\r]+");
    private static final String ORGANISATION_NUMBER_RULE =
            "is not a valid Swedish organisation number: ten digits, NNNNNN-NNNN, with a correct check digit";

    private final SheetLayout layout;
    private final IndustryClassification industries;
    private final Vocabulary vocabulary;

    RowReader(SheetLayout layout, IndustryClassification industries, Vocabulary vocabulary) {
        this.layout = layout;
        this.industries = industries;
        this.vocabulary = vocabulary;
    }

    /** The row read, or {@code null} if none of its filled cells is in a column of the format. */
    BankRow read(Sheet.Row row) {
        Map<BankColumn, Object> values = new EnumMap<>(BankColumn.class);
        Set<BankColumn> given = EnumSet.noneOf(BankColumn.class);
        Map<BankColumn, String> errors = new EnumMap<>(BankColumn.class);
        for (BankColumn column : layout.columns()) {
            CellValue cell = layout.cell(row, column);
            if (cell == null) {
                continue;
            }
            given.add(column);
            try {
                values.put(column, value(column, cell));
            } catch (IllegalArgumentException unreadable) {
                errors.put(column, unreadable.getMessage());
            }
        }
        if (given.isEmpty()) {
            return null;
        }
        if (given.contains(BankColumn.LAT) != given.contains(BankColumn.LON)) {
            BankColumn missing = given.contains(BankColumn.LAT) ? BankColumn.LON : BankColumn.LAT;
            errors.putIfAbsent(missing, "is needed with " + layout.name(missing == BankColumn.LAT ? BankColumn.LON : BankColumn.LAT)
                    + "; give both or neither");
        }
        if (!given.contains(BankColumn.ORGANISATIONSNUMMER)) {
            errors.put(BankColumn.ORGANISATIONSNUMMER, "is required: it tells which employer the row is about");
        }
        return new BankRow(row.number(), (OrganisationNumber) values.get(BankColumn.ORGANISATIONSNUMMER), values, given, errors);
    }

    private Object value(BankColumn column, CellValue cell) {
        return switch (column) {
            case ORGANISATIONSNUMMER -> organisationNumber(cell);
            case SEKTOR -> vocabulary(cell, Vocabulary::sector, Sector.class);
            case SNI -> industryCode(cell);
            case TELEFON -> phone(cell);
            case VERKSAMHETER -> sites(cell);
            case SSYK -> occupationCode(cell);
            case LAT, LON -> decimal(cell);
            case TIMMAR_MIN, TIMMAR_MAX, PLATSER, TYNGSTA_LYFT_KG -> whole(cell);
            case SCHEMA -> ScheduleParser.parse(text(cell));
            case TILLGANGLIG_FRAN, TILLGANGLIG_TILL -> date(cell);
            case KRAV -> vocabularySet(cell, Vocabulary::demand, WorkDemand.class);
            case STOD -> vocabularySet(cell, Vocabulary::support, SupportOffered.class);
            case TILLGANGLIGHET -> vocabularySet(cell, Vocabulary::accessibility, Accessibility.class);
            case STATUS -> vocabulary(cell, Vocabulary::status, SlotStatus.class);
            case ARBETSGIVARE, KONTAKTPERSON, EPOST, ADRESS, POSTNUMMER, ORT, PLATSREFERENS, TITEL, ARBETSUPPGIFTER,
                    PLATSENS_ORT, HANDLEDARE -> text(cell);
        };
    }

    private static String text(CellValue cell) {
        return cell.text().strip();
    }

    /** A number cell lost the leading zero of a sole trader's number born 2000–2009 (a personal identity number). */
    private static OrganisationNumber organisationNumber(CellValue cell) {
        String text = text(cell).replace(" ", "");
        if (cell instanceof CellValue.Number number && number.isWhole() && text.length() == 9) {
            text = "0" + text;
        }
        return OrganisationNumber.parse(text).orElseThrow(() -> new IllegalArgumentException(ORGANISATION_NUMBER_RULE));
    }

    /**
     * SNI codes are two to five digits and only divisions 01–09 begin with a zero, which a number cell drops.
     * A number is its digits if they make a code, the digits after a restored zero if only they do, and
     * ambiguous if both do. A text cell, or a number whose format shows the zeros, is read as written, with
     * a zero restored only if the text is no code without it.
     */
    private String industryCode(CellValue cell) {
        String text = text(cell);
        if (cell instanceof CellValue.Number number && !number.isWhole()) {
            // 47.111 is unambiguous; 47.11 may have been 47.110, whose last zero the number lost.
            Matcher dotted = DOTTED_SNI.matcher(text);
            if (dotted.matches() && dotted.group(2).length() == 3) {
                return dotted.group(1).length() == 1 ? "0" + text : text;
            }
            throw new IllegalArgumentException("is a decimal number, which loses the code's trailing zeros (47.110 reads 47.11); "
                    + "write the code without the dot (47110) or as text");
        }
        boolean fromNumber = cell instanceof CellValue.Number && !text.startsWith("0") && text.length() < 5;
        Matcher dotted = DOTTED_SNI.matcher(text);
        if (dotted.matches() && dotted.group(1).length() == 1) {
            return "0" + text;
        }
        if (!DIGITS.matcher(text).matches() || text.length() >= 5) {
            return text;
        }
        boolean asWritten = industries.isValidIndustryCode(text);
        boolean withZero = industries.isValidIndustryCode("0" + text);
        if (asWritten && withZero && fromNumber) {
            throw new IllegalArgumentException("is ambiguous: a number cell drops leading zeros, so " + text + " may be SNI "
                    + text + " or 0" + text + " (" + industries.name(text).orElse("") + " / " + industries.name("0" + text).orElse("")
                    + "); write the code as text");
        }
        return !asWritten && withZero ? "0" + text : text;
    }

    /** SSYK codes are four digits; 0110, 0210 and 0310 lose their zero in a number cell. */
    private static String occupationCode(CellValue cell) {
        String text = text(cell);
        if (cell instanceof CellValue.Number number && !number.isWhole()) {
            throw new IllegalArgumentException("is not a four-digit SSYK 2012 occupation code (e.g. 9629)");
        }
        return DIGITS.matcher(text).matches() && text.length() < 4 ? "0".repeat(4 - text.length()) + text : text;
    }

    /** Swedish phone numbers start with 0, which a number cell drops. */
    private static String phone(CellValue cell) {
        String text = text(cell);
        return cell instanceof CellValue.Number number && number.isWhole() && text.length() <= 9 ? "0" + text : text;
    }

    private Set<String> sites(CellValue cell) {
        Set<String> sites = new LinkedHashSet<>();
        Arrays.stream(SITE_SEPARATOR.split(text(cell))).map(String::strip).filter(site -> !site.isEmpty())
                .forEach(site -> sites.add(vocabulary.site(site)));
        return sites;
    }

    private static double decimal(CellValue cell) {
        if (cell instanceof CellValue.Number number) {
            return number.value();
        }
        String text = text(cell).replace(',', '.').replace(" ", "");
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("is not a decimal number (e.g. 59.3717 or 59,3717)");
        }
        return Double.parseDouble(text);
    }

    private static int whole(CellValue cell) {
        if (cell instanceof CellValue.Number number) {
            if (!number.isWhole() || Math.abs(number.value()) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("must be a whole number");
            }
            return (int) number.value();
        }
        Matcher matcher = WHOLE.matcher(text(cell));
        if (!matcher.matches() || matcher.group(1).length() > 9) {
            throw new IllegalArgumentException("must be a whole number");
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static LocalDate date(CellValue cell) {
        if (cell instanceof CellValue.Date date) {
            return date.value().toLocalDate();
        }
        String text = text(cell);
        Matcher iso = ISO_DATE.matcher(text);
        Matcher compact = COMPACT_DATE.matcher(text);
        Matcher parts = iso.matches() ? iso : compact.matches() ? compact : null;
        if (parts == null) {
            throw new IllegalArgumentException("is not a date; write ÅÅÅÅ-MM-DD, e.g. 2026-08-17");
        }
        try {
            return LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a date of the calendar (" + text + ")");
        }
    }

    private static <E extends Enum<E>> E vocabulary(CellValue cell, Function<String, Optional<E>> lookup, Class<E> type) {
        return lookup.apply(text(cell)).orElseThrow(() -> new IllegalArgumentException(
                "'" + text(cell) + "' is not one of: " + Vocabulary.accepted(type)));
    }

    private static <E extends Enum<E>> Set<E> vocabularySet(CellValue cell, Function<String, Optional<E>> lookup, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String item : Vocabulary.items(text(cell))) {
            values.add(lookup.apply(item).orElseThrow(() -> new IllegalArgumentException(
                    "'" + item + "' is not one of: " + Vocabulary.accepted(type) + "; separate several with ;")));
        }
        return values;
    }
}
