package se.tuna.placement.catalog.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Swedish standard industrial classification SNI 2007 (Svensk näringsgrensindelning), as published in
 * JobTech's "Hela SNI-strukturen".
 *
 * <p><b>Code format.</b> The reference file writes codes as plain digits with leading zeros: level 2
 * (huvudgrupp) {@code "47"}, level 3 (grupp) {@code "471"}, level 4 (undergrupp) {@code "4711"}, level 5
 * (detaljgrupp) {@code "47111"}; level 1 (avdelning) is a letter A–U. That plain form is canonical here.
 * SCB also writes the codes with a dot after the second digit ({@code "47.1"}, {@code "47.11"},
 * {@code "47.111"}); those are accepted too and normalised to the plain form by {@link #canonicalCode}.
 *
 * <p>Immutable; load it once through {@link ReferenceData#loadFromClasspath()}.
 */
public final class IndustryClassification {

    /** SCB's dotted form: two digits, a dot, one to three digits. */
    private static final Pattern DOTTED = Pattern.compile("\\d{2}\\.\\d{1,3}");

    private final Map<String, Row> rowByCode;
    private final Map<Integer, List<String>> codesByLevel;

    private IndustryClassification(List<Row> rows) {
        Map<String, Row> byCode = new HashMap<>();
        Map<Integer, List<String>> byLevel = new TreeMap<>();
        for (Row row : rows) {
            if (byCode.put(row.code(), row) != null) {
                throw new IllegalStateException("SNI code " + row.code() + " appears twice");
            }
            byLevel.computeIfAbsent(row.level(), level -> new ArrayList<>()).add(row.code());
        }
        Map<Integer, List<String>> frozen = new HashMap<>();
        byLevel.forEach((level, codes) -> frozen.put(level, codes.stream().sorted().toList()));
        this.rowByCode = Map.copyOf(byCode);
        this.codesByLevel = Map.copyOf(frozen);
    }

    static IndustryClassification load() {
        return new IndustryClassification(ReferenceCsv.read("sni2007.csv", row -> new Row(
                Integer.parseInt(ReferenceCsv.required(row, "level")),
                ReferenceCsv.required(row, "code"),
                ReferenceCsv.required(row, "name_sv"))));
    }

    /**
     * Whether {@code code} is an SNI 2007 code of level 2 to 5, in the plain form ({@code "47"},
     * {@code "4711"}, {@code "47111"}) or SCB's dotted form ({@code "47.11"}, {@code "47.111"}). Section
     * letters (level 1) are not industry codes in this sense and are rejected.
     */
    public boolean isValidIndustryCode(String code) {
        return canonicalCode(code).map(rowByCode::get).filter(row -> row.level() >= 2).isPresent();
    }

    /**
     * The code as the reference file writes it, if it is a known code of any level: {@code "47.111"} →
     * {@code "47111"}, {@code "0111"} → {@code "0111"}, {@code "G"} → {@code "G"}.
     */
    public Optional<String> canonicalCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String plain = DOTTED.matcher(code).matches() ? code.replace(".", "") : code;
        return rowByCode.containsKey(plain) ? Optional.of(plain) : Optional.empty();
    }

    /**
     * The Swedish name of a code of any level, in either form: {@code "47.111"} → "Varuhus- och
     * stormarknadshandel, mest livsmedel, drycker och tobak".
     */
    public Optional<String> name(String code) {
        return canonicalCode(code).map(plain -> rowByCode.get(plain).name());
    }

    /** The level (1 = section letter … 5 = five digits) of a known code, in either form. */
    public Optional<Integer> level(String code) {
        return canonicalCode(code).map(plain -> rowByCode.get(plain).level());
    }

    /** All codes of a level (1–5) in the plain form, in ascending order; empty for another level. */
    public List<String> codes(int level) {
        return codesByLevel.getOrDefault(level, List.of());
    }

    /** The Swedish names of all codes: lexicon input. */
    List<String> texts() {
        return rowByCode.values().stream().map(Row::name).toList();
    }

    private record Row(int level, String code, String name) {
    }
}
