package se.tuna.placement.catalog.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.ProgrammeSite;
import se.tuna.placement.catalog.domain.Sector;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.reference.ReferenceData;

/**
 * Generates a realistic, fictitious placement bank (praktikplatsbank) for demonstrations, tests and benchmarks:
 * employers in Eskilstuna and Strängnäs municipalities, which share one bank, and the training slots they offer.
 *
 * <p>The bank depends only on the seed and the sizes: the same arguments give equal employers and slots, ids and
 * dates included (dates count from {@link #referenceDate(long)}, never from today). Employer ids are those
 * {@link se.tuna.placement.catalog.employer.EmployerService#idFor} gives their organisation numbers, as for
 * registered employers.
 *
 * <p>What the bank is made of is data under {@code demo/} on the classpath: slot templates with Swedish task
 * descriptions, SSYK occupations and SNI industries; kinds of employer with name patterns; localities with weights;
 * word lists for names. Names, organisation numbers, people, phone numbers (PTS's range for fiction) and e-mail
 * addresses ({@code .example}) are made up; the localities, occupations and industries are real.
 *
 * <p>Plain Java, thread-safe: one generator can make any number of banks.
 */
public final class DemoBankGenerator {

    /** The seed of the demo bank: the year TUNA started in Eskilstuna. */
    public static final long DEFAULT_SEED = 2008;
    /** Employers in the demo bank. */
    public static final int DEFAULT_EMPLOYERS = 150;
    /** Training slots in the demo bank. */
    public static final int DEFAULT_SLOTS = 360;

    /** Shares of the labour market's sectors among the employers. */
    private static final Map<Sector, Double> SECTOR_SHARES = sectorShares();
    private static final LocalDate FIRST_REFERENCE_DATE = LocalDate.of(2026, 1, 1);

    private final EmployerFactory employers;
    private final DemoResources resources;
    private final Map<String, Weighted<DemoLocality>> localitiesByMunicipality;

    /**
     * Reads the demo data and checks it against the reference data.
     *
     * @throws IllegalStateException if the demo data is missing or names an unknown occupation, industry or locality
     */
    public DemoBankGenerator(ReferenceData reference) {
        this.resources = DemoResources.load(reference);

        Map<String, List<DemoLocality>> byMunicipality = new HashMap<>();
        resources.localities().forEach(place ->
                byMunicipality.computeIfAbsent(place.municipalityCode(), code -> new ArrayList<>()).add(place));
        Map<String, Weighted<DemoLocality>> weighted = new HashMap<>();
        byMunicipality.forEach((code, places) -> weighted.put(code, new Weighted<>(places, DemoLocality::weight)));
        this.localitiesByMunicipality = Map.copyOf(weighted);

        Map<String, String> municipalityNames = new HashMap<>();
        Map<String, Set<String>> ownSite = new HashMap<>();
        Set<String> combinedSites = new TreeSet<>();
        for (String code : byMunicipality.keySet()) {
            municipalityNames.put(code, reference.localities().municipality(code).orElseThrow(
                    () -> new IllegalStateException("Unknown municipality " + code)).shortName());
            ProgrammeSite site = reference.sites().serving(code).orElseThrow(
                    () -> new IllegalStateException("No programme site serves municipality " + code));
            ownSite.put(code, Set.of(site.id()));
            combinedSites.add(site.id());
        }
        this.employers = new EmployerFactory(resources, SECTOR_SHARES, municipalityNames, ownSite, combinedSites);
    }

    /**
     * A bank of {@code employerCount} employers and {@code slotCount} slots. Each employer has at least one slot
     * while there are enough slots; the others go to employers by their size. Large banks (20 000 employers,
     * 100 000 slots) take a second or two; the values slots have in common are shared, not copied.
     *
     * @throws IllegalArgumentException if a count is negative, or there are slots but no employers
     */
    public DemoBank generate(long seed, int employerCount, int slotCount) {
        return generate(seed, employerCount, slotCount, referenceDate(seed));
    }

    /**
     * The same bank with its dates counted from {@code asOf} instead of the seed's fixed day: the
     * service loads its demo as of the day it first starts, so its slots are available now.
     */
    public DemoBank generate(long seed, int employerCount, int slotCount, LocalDate asOf) {
        if (employerCount < 0 || slotCount < 0) {
            throw new IllegalArgumentException("Counts must not be negative");
        }
        if (slotCount > 0 && employerCount == 0) {
            throw new IllegalArgumentException("Slots need at least one employer");
        }
        List<EmployerFactory.Placed> placed = new ArrayList<>(employerCount);
        Set<String> takenNumbers = new HashSet<>();
        Set<String> takenNames = new HashSet<>();
        for (int i = 0; i < employerCount; i++) {
            placed.add(employers.make(DemoRandom.forItem(seed, DemoRandom.EMPLOYERS, i), takenNumbers, takenNames));
        }

        Weighted<EmployerFactory.Placed> bySize = employerCount == 0 ? null
                : new Weighted<>(placed, employer -> employer.kind().size());
        SlotFactory slots = new SlotFactory(seed, asOf, localitiesByMunicipality, resources.words());
        List<TrainingSlot> made = new ArrayList<>(slotCount);
        for (int i = 0; i < slotCount; i++) {
            SplittableRandom random = DemoRandom.forItem(seed, DemoRandom.SLOTS, i);
            EmployerFactory.Placed employer = i < employerCount ? placed.get(i) : bySize.pick(random);
            made.add(slots.make(i, employer, random));
        }
        List<Employer> madeEmployers = new ArrayList<>(employerCount);
        placed.forEach(employer -> madeEmployers.add(employer.employer()));
        return new DemoBank(madeEmployers, made);
    }

    /**
     * The day a bank is generated as of: slots became available in the months before it or become available in the
     * month after. A fixed day of 2026 chosen by the seed, so that a bank never depends on when it is made.
     */
    public static LocalDate referenceDate(long seed) {
        return FIRST_REFERENCE_DATE.plusDays(Math.floorMod(seed, 365));
    }

    private static Map<Sector, Double> sectorShares() {
        Map<Sector, Double> shares = new EnumMap<>(Sector.class);
        shares.put(Sector.PRIVATE, 0.55);
        shares.put(Sector.PUBLIC, 0.30);
        shares.put(Sector.NON_PROFIT, 0.15);
        return shares;
    }
}
