package se.tuna.placement.catalog.demo;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.tuna.placement.catalog.domain.Address;
import se.tuna.placement.catalog.domain.ContactPerson;
import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.domain.Sector;
import se.tuna.placement.catalog.employer.EmployerService;

/**
 * Makes one fictitious employer: a name that fits its kind and place, a valid organisation number of its sector,
 * a contact person, an address near its locality and the programme sites it works with.
 */
final class EmployerFactory {

    /** An employer with what its slots are made from. */
    record Placed(Employer employer, EmployerKind kind, DemoLocality place) {
    }

    /** Most employers of the combined bank take participants from both sites; the rest only from their own. */
    private static final double BOTH_SITES = 0.85;
    /** Tries for a name no other employer has before a repeated name is accepted (large banks run out). */
    private static final int NAME_ATTEMPTS = 4;
    /**
     * PTS reserves 070-174 06 05 – 070-174 06 99 for fiction (film, books): the numbers are never assigned, so no
     * real person is called.
     */
    private static final int FIRST_FICTION_NUMBER = 5;
    private static final int LAST_FICTION_NUMBER = 99;
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final DemoResources resources;
    private final Weighted<Sector> sectors;
    private final Map<Sector, Weighted<EmployerKind>> kinds = new EnumMap<>(Sector.class);
    private final Map<EmployerKind.Where, Weighted<DemoLocality>> localities = new EnumMap<>(EmployerKind.Where.class);
    private final Map<String, String> municipalityNames;
    private final Map<String, Set<String>> ownSite;
    private final Set<String> combinedSites;
    /** First and last names as they are written in e-mail addresses. */
    private final Map<String, String> asciiNames;

    EmployerFactory(DemoResources resources, Map<Sector, Double> sectorShares, Map<String, String> municipalityNames,
            Map<String, Set<String>> ownSite, Set<String> combinedSites) {
        this.resources = resources;
        this.sectors = new Weighted<>(List.copyOf(sectorShares.keySet()), sectorShares::get);
        for (Sector sector : sectorShares.keySet()) {
            kinds.put(sector, new Weighted<>(
                    resources.kinds().stream().filter(kind -> kind.sector() == sector).toList(), EmployerKind::weight));
        }
        List<DemoLocality> all = resources.localities();
        localities.put(EmployerKind.Where.ANY, new Weighted<>(all, DemoLocality::weight));
        localities.put(EmployerKind.Where.TOWN, new Weighted<>(all.stream().filter(DemoLocality::town).toList(),
                DemoLocality::weight));
        localities.put(EmployerKind.Where.COUNTRY, new Weighted<>(all.stream().filter(place -> !place.town()).toList(),
                DemoLocality::weight));
        this.municipalityNames = Map.copyOf(municipalityNames);
        this.ownSite = Map.copyOf(ownSite);
        this.combinedSites = Set.copyOf(combinedSites);
        Map<String, String> ascii = new HashMap<>();
        resources.words().firstNames().forEach(name -> ascii.put(name, ascii(name)));
        resources.words().lastNames().forEach(name -> ascii.put(name, ascii(name)));
        this.asciiNames = Map.copyOf(ascii);
    }

    /**
     * A new employer drawn from {@code random}. {@code takenNumbers} and {@code takenNames} are those of the employers
     * made before it in the same bank; this one's are added, so organisation numbers (and ids) never repeat.
     */
    Placed make(SplittableRandom random, Set<String> takenNumbers, Set<String> takenNames) {
        Sector sector = sectors.pick(random);
        EmployerKind kind = kinds.get(sector).pick(random);
        DemoLocality place = localities.get(kind.where()).pick(random);

        String name = name(kind, place, random);
        for (int attempt = 1; attempt < NAME_ATTEMPTS && takenNames.contains(name); attempt++) {
            name = name(kind, place, random);
        }
        takenNames.add(name);

        OrganisationNumber number = organisationNumber(sector, random);
        while (!takenNumbers.add(number.value())) {
            number = organisationNumber(sector, random);
        }

        String first = DemoRandom.anyOf(resources.words().firstNames(), random);
        String last = DemoRandom.anyOf(resources.words().lastNames(), random);
        ContactPerson contact = new ContactPerson(first + " " + last, phone(random),
                asciiNames.get(first) + "." + asciiNames.get(last) + "@" + domain(name));

        String street = DemoRandom.anyOf(resources.words().streets(), random) + " " + (1 + random.nextInt(60))
                + (DemoRandom.chance(0.1, random) ? "B" : "");
        Address address = new Address(street, Places.postalCode(place, random), place.name(), Places.near(place, random));

        Set<String> sites = DemoRandom.chance(BOTH_SITES, random) ? combinedSites : ownSite.get(place.municipalityCode());
        Employer employer = new Employer(EmployerService.idFor(number), name, number, sector, kind.industryCode(), contact,
                address, sites);
        return new Placed(employer, kind, place);
    }

    /** A name from one of the kind's patterns, e.g. "{platsens} Café" → "Tunavallens Café". */
    private String name(EmployerKind kind, DemoLocality place, SplittableRandom random) {
        String pattern = DemoRandom.anyOf(kind.namePatterns(), random);
        DemoResources.Words words = resources.words();
        Matcher matcher = DemoResources.PLACEHOLDER.matcher(pattern);
        StringBuilder name = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "plats" -> DemoRandom.anyOf(words.places(), random);
                case "platsens" -> genitive(DemoRandom.anyOf(words.places(), random));
                case "ort" -> place.name();
                case "ortens" -> genitive(place.name());
                case "kommun" -> municipalityNames.get(place.municipalityCode());
                case "efternamns" -> genitive(DemoRandom.anyOf(words.lastNames(), random));
                case "fornamns" -> genitive(DemoRandom.anyOf(words.firstNames(), random));
                case "skola" -> DemoRandom.anyOf(words.schools(), random);
                default -> throw new IllegalStateException("Unknown placeholder " + matcher.group());
            };
            matcher.appendReplacement(name, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(name);
        return name.toString();
    }

    /** Swedish genitive: an s, unless the word already ends in s, x or z ("Strängnäs bibliotek"). */
    static String genitive(String word) {
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        return last == 's' || last == 'x' || last == 'z' ? word : word + "s";
    }

    /**
     * A valid organisation number of the sector: public bodies start with 2, companies with 55 (as aktiebolag do),
     * associations and foundations with 8; the third digit is at least 2 as for every legal person, and the last
     * digit is the Luhn check digit over the first nine.
     */
    static OrganisationNumber organisationNumber(Sector sector, SplittableRandom random) {
        int[] digits = new int[10];
        switch (sector) {
            case PUBLIC -> {
                digits[0] = 2;
                digits[1] = random.nextInt(4);
            }
            case PRIVATE -> {
                digits[0] = 5;
                digits[1] = 5;
            }
            case NON_PROFIT -> {
                digits[0] = 8;
                digits[1] = random.nextInt(10);
            }
        }
        digits[2] = 2 + random.nextInt(8);
        for (int i = 3; i < 9; i++) {
            digits[i] = random.nextInt(10);
        }
        digits[9] = luhnCheckDigit(digits);
        StringBuilder text = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 6) {
                text.append('-');
            }
            text.append(digits[i]);
        }
        return OrganisationNumber.parse(text.toString())
                .orElseThrow(() -> new IllegalStateException("Made an invalid organisation number " + text));
    }

    /** The digit that makes the Luhn sum of the first nine digits and itself a multiple of ten. */
    static int luhnCheckDigit(int[] digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int value = digits[i] * (i % 2 == 0 ? 2 : 1);
            sum += value > 9 ? value - 9 : value;
        }
        return (10 - sum % 10) % 10;
    }

    private static String phone(SplittableRandom random) {
        int last = FIRST_FICTION_NUMBER + random.nextInt(LAST_FICTION_NUMBER - FIRST_FICTION_NUMBER + 1);
        return (last < 10 ? "070-174 06 0" : "070-174 06 ") + last;
    }

    /**
     * The e-mail domain: the name up to any comma ("Eskilstuna kommun, Parkförvaltningen" → eskilstuna-kommun),
     * without "AB", under {@code .example}, which is reserved and never a real domain (RFC 2606).
     */
    static String domain(String employerName) {
        String name = employerName.contains(",") ? employerName.substring(0, employerName.indexOf(',')) : employerName;
        if (name.endsWith(" AB")) {
            name = name.substring(0, name.length() - 3);
        }
        String label = NOT_LETTER_OR_DIGIT.matcher(ascii(name)).replaceAll("-");
        if (label.length() > 40) {
            label = label.substring(0, 40);
        }
        label = OUTER_HYPHENS.matcher(label).replaceAll("");
        return label + ".example";
    }

    /** Lower case without diacritics: "Åberg" → "aberg", "Petrović" → "petrovic". */
    static String ascii(String text) {
        return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }
}
