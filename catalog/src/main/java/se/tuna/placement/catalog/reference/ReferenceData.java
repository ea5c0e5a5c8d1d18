package se.tuna.placement.catalog.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The catalog's reference data in one immutable holder: occupations (SSYK 2012 and JobTech), related
 * occupations, industries (SNI 2007), localities and municipalities, rail stations, the programme's sites,
 * and the compound splitter whose lexicon is built from the public data.
 *
 * <p>The data is read from {@code reference/} on the classpath; see {@code reference/SOURCES.md} there for
 * origins, licences and caveats. Plain Java with no framework: a Spring configuration elsewhere can expose
 * {@link #loadFromClasspath()} as a bean.
 */
public final class ReferenceData {

    /** The copy every caller shares, read on first use; a failed read is retried on the next call. */
    private static volatile ReferenceData shared;

    private final OccupationClassification occupations;
    private final RelatedOccupations relatedOccupations;
    private final IndustryClassification industries;
    private final Localities localities;
    private final RailStations railStations;
    private final ProgrammeSites sites;
    private final SwedishCompoundSplitter compoundSplitter;
    private final SwedishWordForms wordForms;
    private final DomainStopWords domainStopWords;

    private ReferenceData(
            OccupationClassification occupations,
            RelatedOccupations relatedOccupations,
            IndustryClassification industries,
            Localities localities,
            RailStations railStations,
            ProgrammeSites sites,
            SwedishCompoundSplitter compoundSplitter,
            SwedishWordForms wordForms,
            DomainStopWords domainStopWords) {
        this.occupations = Objects.requireNonNull(occupations);
        this.relatedOccupations = Objects.requireNonNull(relatedOccupations);
        this.industries = Objects.requireNonNull(industries);
        this.localities = Objects.requireNonNull(localities);
        this.railStations = Objects.requireNonNull(railStations);
        this.sites = Objects.requireNonNull(sites);
        this.compoundSplitter = Objects.requireNonNull(compoundSplitter);
        this.wordForms = Objects.requireNonNull(wordForms);
        this.domainStopWords = Objects.requireNonNull(domainStopWords);
    }

    /**
     * The reference data, read from the classpath on the first call (in well under a second) and shared by
     * every later call: it is immutable, so one copy serves the whole JVM.
     *
     * @throws IllegalStateException if a file is missing or a row cannot be read
     */
    public static ReferenceData loadFromClasspath() {
        ReferenceData data = shared;
        if (data == null) {
            synchronized (ReferenceData.class) {
                data = shared;
                if (data == null) {
                    data = readFromClasspath();
                    shared = data;
                }
            }
        }
        return data;
    }

    /** Reads every file anew; the shared copy of {@link #loadFromClasspath()} is made by this. */
    static ReferenceData readFromClasspath() {
        OccupationClassification occupations = OccupationClassification.load();
        IndustryClassification industries = IndustryClassification.load();
        List<String> lexiconTexts = new ArrayList<>(occupations.texts());
        lexiconTexts.addAll(industries.texts());
        SwedishLexicon lexicon = SwedishLexicon.build(lexiconTexts);
        return new ReferenceData(
                occupations,
                RelatedOccupations.load(occupations),
                industries,
                Localities.load(),
                RailStations.load(),
                ProgrammeSites.load(),
                new SwedishCompoundSplitter(lexicon),
                SwedishWordForms.load(lexicon),
                DomainStopWords.load());
    }

    /** SSYK 2012 occupation codes (yrkeskoder) and JobTech occupation names (yrkesbenämningar). */
    public OccupationClassification occupations() {
        return occupations;
    }

    /** Related SSYK level-4 groups (släktskap mellan yrken), symmetric. */
    public RelatedOccupations relatedOccupations() {
        return relatedOccupations;
    }

    /** SNI 2007 industry codes (näringsgrenar). */
    public IndustryClassification industries() {
        return industries;
    }

    /** Localities (orter) of Eskilstuna and Strängnäs, and the municipalities of Södermanland. */
    public Localities localities() {
        return localities;
    }

    /** Trafikverket railway locations around Eskilstuna and Strängnäs. */
    public RailStations railStations() {
        return railStations;
    }

    /** The programme's sites (verksamheter) and the municipalities each serves. */
    public ProgrammeSites sites() {
        return sites;
    }

    /** The Swedish compound splitter for indexing and queries, with its lexicon built from this data. */
    public SwedishCompoundSplitter compoundSplitter() {
        return compoundSplitter;
    }

    /** Base forms of Swedish words (museer, musei → museum; lagret → lager), on the splitter's lexicon. */
    public SwedishWordForms wordForms() {
        return wordForms;
    }

    /** Words that say nothing about which work (arbeta, uppgifter, gärna): left out of interest matching. */
    public DomainStopWords domainStopWords() {
        return domainStopWords;
    }
}
