package se.tuna.placement.catalog.importer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.tuna.placement.catalog.domain.Accessibility;
import se.tuna.placement.catalog.domain.ProgrammeSite;
import se.tuna.placement.catalog.domain.Sector;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.SupportOffered;
import se.tuna.placement.catalog.domain.WorkDemand;
import se.tuna.placement.catalog.reference.ProgrammeSites;

/**
 * The closed vocabularies of the sheet: the Swedish words coordinators write and the enum names, both
 * matched ignoring case, accents and punctuation ({@link BankColumn#key}).
 */
final class Vocabulary {

    /** List items are separated by semicolons or line breaks (labels such as "Lugn, avskild arbetsplats" hold commas). */
    static final Pattern LIST_SEPARATOR = Pattern.compile("[;\\n\\r]+");

    private static final Map<String, Sector> SECTORS = byKey(Map.of(
            "offentlig", Sector.PUBLIC, "offentlig sektor", Sector.PUBLIC,
            "privat", Sector.PRIVATE, "privat sektor", Sector.PRIVATE,
            "ideell", Sector.NON_PROFIT, "ideell sektor", Sector.NON_PROFIT), Sector.values());
    private static final Map<String, SlotStatus> STATUSES = byKey(Map.of(
            "öppen", SlotStatus.OPEN, "pausad", SlotStatus.PAUSED, "återkallad", SlotStatus.WITHDRAWN), SlotStatus.values());
    private static final Map<String, WorkDemand> DEMANDS = labelled(WorkDemand.values(), WorkDemand::label);
    private static final Map<String, SupportOffered> SUPPORT = labelled(SupportOffered.values(), SupportOffered::label);
    private static final Map<String, Accessibility> ACCESSIBILITY = labelled(Accessibility.values(), Accessibility::label);

    private final Map<String, String> siteIdByKey = new HashMap<>();

    Vocabulary(ProgrammeSites sites) {
        for (ProgrammeSite site : sites.all()) {
            siteIdByKey.put(BankColumn.key(site.id()), site.id());
            siteIdByKey.put(BankColumn.key(site.name()), site.id());
            if (BankColumn.key(site.name()).startsWith("tuna")) {
                siteIdByKey.put(BankColumn.key(site.name()).substring("tuna".length()), site.id());
            }
        }
    }

    static Optional<Sector> sector(String text) {
        return Optional.ofNullable(SECTORS.get(BankColumn.key(text)));
    }

    static Optional<SlotStatus> status(String text) {
        return Optional.ofNullable(STATUSES.get(BankColumn.key(text)));
    }

    static Optional<WorkDemand> demand(String text) {
        return Optional.ofNullable(DEMANDS.get(BankColumn.key(text)));
    }

    static Optional<SupportOffered> support(String text) {
        return Optional.ofNullable(SUPPORT.get(BankColumn.key(text)));
    }

    static Optional<Accessibility> accessibility(String text) {
        return Optional.ofNullable(ACCESSIBILITY.get(BankColumn.key(text)));
    }

    /** The site id a sheet names by id or by name ("strangnas", "TUNA Strängnäs", "Strängnäs"); else the text as written. */
    String site(String text) {
        return siteIdByKey.getOrDefault(BankColumn.key(text), text.strip());
    }

    /** The items of a list cell, stripped, without empty ones, in order and without repeats. */
    static List<String> items(String text) {
        return Arrays.stream(LIST_SEPARATOR.split(text)).map(String::strip).filter(item -> !item.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
    }

    /** What a vocabulary accepts, for error messages: the Swedish words and the enum names. */
    static <E extends Enum<E>> String accepted(Class<E> type) {
        if (type == Sector.class) {
            return "offentlig, privat or ideell (or PUBLIC, PRIVATE, NON_PROFIT)";
        }
        if (type == SlotStatus.class) {
            return "öppen, pausad or återkallad (or OPEN, PAUSED, WITHDRAWN)";
        }
        if (type == WorkDemand.class) {
            return listed(WorkDemand.values(), WorkDemand::label);
        }
        if (type == SupportOffered.class) {
            return listed(SupportOffered.values(), SupportOffered::label);
        }
        return listed(Accessibility.values(), Accessibility::label);
    }

    private static <E extends Enum<E>> String listed(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(value -> label.apply(value) + " (" + value.name() + ")").collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E>> Map<String, E> labelled(E[] values, Function<E, String> label) {
        Map<String, E> words = new HashMap<>();
        for (E value : values) {
            words.put(label.apply(value), value);
        }
        return byKey(words, values);
    }

    /** The Swedish words and the enum names, by key; a key naming two values is a mistake in this class. */
    private static <E extends Enum<E>> Map<String, E> byKey(Map<String, E> words, E[] values) {
        Map<String, E> byKey = new HashMap<>();
        words.forEach((word, value) -> put(byKey, word, value));
        for (E value : values) {
            put(byKey, value.name(), value);
        }
        return Map.copyOf(byKey);
    }

    private static <E extends Enum<E>> void put(Map<String, E> byKey, String word, E value) {
        E clash = byKey.put(BankColumn.key(word), value);
        if (clash != null && clash != value) {
            throw new IllegalStateException("'" + word + "' names both " + clash + " and " + value);
        }
    }
}
