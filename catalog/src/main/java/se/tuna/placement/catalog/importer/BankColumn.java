package se.tuna.placement.catalog.importer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The columns of the placement-bank sheet (praktikplatsbanken) that coordinators import as CSV or Excel
 * (.xlsx). The same format is described for coordinators in {@code docs/import-format.md}.
 *
 * <h2>Rows</h2>
 * One row per training slot, carrying its employer's columns too. Employers repeat over their slots and are
 * told apart by organisation number. A row with employer columns and no slot columns registers just the
 * employer. The first row of an organisation number that fills any employer column gives the employer's
 * details; its other rows may leave the employer columns empty, and any they fill must agree with that row.
 * A row may give only {@link #ORGANISATIONSNUMMER} and slot columns for an employer already in the bank.
 * An employer is stored when at least one of its rows is imported.
 *
 * <h2>Headers</h2>
 * The header is the first non-empty row. Headers are matched ignoring case, å/ä/ö and other accents, and
 * everything but letters and digits ({@code "Tillgänglig från"}, {@code "tillganglig_fran"} and
 * {@code "TILLGÄNGLIG FRÅN"} are the same column); each column also has a few aliases. Columns may come in
 * any order; unknown columns are listed in the report and not read. {@link #ORGANISATIONSNUMMER} is always
 * required; a sheet with any employer column must have all of arbetsgivare, sektor, sni, ort and
 * verksamheter, and a sheet with any slot column must have all of titel, arbetsuppgifter, ssyk, timmar min,
 * timmar max, schema and tillgänglig från.
 *
 * <h2>Values</h2>
 * <ul>
 *   <li>Lists (verksamheter, krav, stöd, tillgänglighet) are separated by {@code ;}. Vocabulary values
 *       (sektor, status, krav, stöd, tillgänglighet) are the Swedish words or labels, or the enum names,
 *       matched like headers.</li>
 *   <li>Dates are {@code ÅÅÅÅ-MM-DD} (or {@code ÅÅÅÅMMDD}), or Excel date cells.</li>
 *   <li>Decimal numbers may use a decimal comma.</li>
 *   <li>Codes written as numbers in Excel lose their leading zeros; they are restored where the code's form
 *       allows: organisation numbers are ten digits, SSYK codes four ({@code 110 → 0110}). SNI codes are
 *       two to five digits and only divisions 01–09 start with a zero, so a number is read as its digits
 *       if that is an SNI code, with one leading zero restored if only that is one ({@code 1110 → 01110}),
 *       and refused as ambiguous if both are ({@code 1420}: 14.20 or 01.420). A cell formatted to show
 *       the zeros (number format {@code 00000}) or a text cell is read as shown. A phone number stored as
 *       a number gets its leading zero back.</li>
 * </ul>
 *
 * <h2>Identity</h2>
 * The employer's id comes from its organisation number. A slot's id comes from its organisation number and
 * its {@link #PLATSREFERENS}, or without one from its title and locality, so importing the same file twice
 * creates nothing new; two rows of one employer with the same title and locality need each a platsreferens.
 * A changed row replaces the stored slot but keeps its seat holds and bookings, its creation time, and its
 * status when the status cell is empty. Slots missing from the file are left as they are.
 */
public enum BankColumn {

    /** Organisationsnummer, {@code NNNNNN-NNNN} or ten digits, with a valid check digit. Always required. */
    ORGANISATIONSNUMMER(Part.KEY, "organisationsnummer", "orgnr", "organisationsnr", "orgnummer"),
    /** The employer's name. */
    ARBETSGIVARE(Part.EMPLOYER, "arbetsgivare", "arbetsgivarens namn", "företag", "företagsnamn"),
    /** {@code offentlig}, {@code privat} or {@code ideell}, or {@code PUBLIC}, {@code PRIVATE}, {@code NON_PROFIT}. */
    SEKTOR(Part.EMPLOYER, "sektor"),
    /** SNI 2007 code of level 2–5, plain ({@code 47111}) or dotted ({@code 47.111}). */
    SNI(Part.EMPLOYER, "sni", "sni-kod", "näringsgren"),
    /** The contact person's name; optional. */
    KONTAKTPERSON(Part.EMPLOYER, "kontaktperson", "kontakt"),
    /** The contact's phone; optional. */
    TELEFON(Part.EMPLOYER, "telefon", "telefonnummer", "tel"),
    /** The contact's e-mail; optional. */
    EPOST(Part.EMPLOYER, "epost", "e-postadress", "mejl"),
    /** Street and number; optional. */
    ADRESS(Part.EMPLOYER, "adress", "gatuadress", "besöksadress"),
    /** Postal code; optional. */
    POSTNUMMER(Part.EMPLOYER, "postnummer", "postnr"),
    /**
     * The employer's locality; its position is the employer's. For a locality outside the reference list,
     * the row's {@link #LAT}/{@link #LON} are used.
     */
    ORT(Part.EMPLOYER, "ort", "postort"),
    /** Programme site ids or names separated by {@code ;}, e.g. {@code eskilstuna;strangnas} or {@code TUNA Strängnäs}. */
    VERKSAMHETER(Part.EMPLOYER, "verksamheter", "verksamhet"),
    /** The employer's own reference for the slot; optional, and what tells apart slots of the same title and locality. */
    PLATSREFERENS(Part.SLOT, "platsreferens", "referens"),
    /** The slot's title; a row without slot columns registers just the employer. */
    TITEL(Part.SLOT, "titel", "platstitel"),
    /** The tasks, in Swedish. */
    ARBETSUPPGIFTER(Part.SLOT, "arbetsuppgifter", "uppgifter"),
    /** SSYK 2012 four-digit occupation code. */
    SSYK(Part.SLOT, "ssyk", "ssyk-kod", "yrkeskod"),
    /** Where the work is; empty for the employer's {@link #ORT} (and position). */
    PLATSENS_ORT(Part.SLOT, "platsens ort", "arbetsort"),
    /** Latitude (WGS84); optional, with {@link #LON}: without them the locality's position is used. */
    LAT(Part.SLOT, "lat", "latitud"),
    /** Longitude (WGS84); optional, with {@link #LAT}. */
    LON(Part.SLOT, "lon", "longitud"),
    /** The fewest hours a week, a whole number 1–40. */
    TIMMAR_MIN(Part.SLOT, "timmar min", "min timmar"),
    /** The most hours a week, a whole number 1–40. */
    TIMMAR_MAX(Part.SLOT, "timmar max", "max timmar"),
    /** Weekdays and times, e.g. {@code mån-fre 08:00-12:00} or {@code mån 09:00-12:00; ons 13:00-16:00}. */
    SCHEMA(Part.SLOT, "schema", "arbetstider"),
    /** How many participants at the same time, 1–50; empty for 1. */
    PLATSER(Part.SLOT, "platser", "antal platser"),
    /** First day, {@code ÅÅÅÅ-MM-DD} or a date cell. */
    TILLGANGLIG_FRAN(Part.SLOT, "tillgänglig från", "startdatum"),
    /** Last day; empty when open-ended. */
    TILLGANGLIG_TILL(Part.SLOT, "tillgänglig till", "slutdatum"),
    /** Work demands separated by {@code ;}: {@code WorkDemand} names or labels, e.g. {@code Kundkontakt}. */
    KRAV(Part.SLOT, "krav"),
    /** The heaviest lift in kg, 0–100; empty when not stated. */
    TYNGSTA_LYFT_KG(Part.SLOT, "tyngsta lyft kg", "tyngsta lyft"),
    /** Support offered separated by {@code ;}: {@code SupportOffered} names or labels. */
    STOD(Part.SLOT, "stöd"),
    /** Accessibility separated by {@code ;}: {@code Accessibility} names or labels. */
    TILLGANGLIGHET(Part.SLOT, "tillgänglighet"),
    /** The supervisor's name; optional. */
    HANDLEDARE(Part.SLOT, "handledare"),
    /** {@code öppen}, {@code pausad} or {@code återkallad} (or {@code OPEN}, {@code PAUSED}, {@code WITHDRAWN}); empty keeps a stored slot's status, a new one opens. */
    STATUS(Part.SLOT, "status");

    /** Which part of a row a column belongs to. */
    enum Part {
        /** The organisation number: ties the row to its employer. */
        KEY,
        EMPLOYER,
        SLOT
    }

    /** Employer columns a sheet with any employer column must have. */
    static final List<BankColumn> REQUIRED_FOR_EMPLOYERS = List.of(ARBETSGIVARE, SEKTOR, SNI, ORT, VERKSAMHETER);
    /** Slot columns a sheet with any slot column must have. */
    static final List<BankColumn> REQUIRED_FOR_SLOTS =
            List.of(TITEL, ARBETSUPPGIFTER, SSYK, TIMMAR_MIN, TIMMAR_MAX, SCHEMA, TILLGANGLIG_FRAN);

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, BankColumn> BY_KEY = new HashMap<>();

    static {
        for (BankColumn column : values()) {
            for (String name : column.names) {
                BankColumn clash = BY_KEY.put(key(name), column);
                if (clash != null) {
                    throw new IllegalStateException("Header " + name + " names both " + clash + " and " + column);
                }
            }
        }
    }

    private final Part part;
    private final List<String> names;

    BankColumn(Part part, String header, String... aliases) {
        this.part = part;
        this.names = Stream.concat(Stream.of(header), Stream.of(aliases))
                .toList();
    }

    /** The header a coordinator writes, e.g. {@code tillgänglig från}. */
    public String header() {
        return names.get(0);
    }

    /** Other headers accepted for the column. */
    public List<String> aliases() {
        return names.subList(1, names.size());
    }

    Part part() {
        return part;
    }

    /** The column a header names, matched ignoring case, accents, spaces and punctuation. */
    public static Optional<BankColumn> forHeader(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key(header)));
    }

    /**
     * The form headers and vocabulary values are compared in: lower case, without accents, letters and digits
     * only ("Tillgänglig från" → "tillgangligfran").
     */
    public static String key(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("");
    }
}
