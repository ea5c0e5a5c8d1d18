package se.tuna.placement.matcher.fit;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.tartarus.snowball.ext.SwedishStemmer;
import se.tuna.placement.catalog.reference.OccupationClassification;
import se.tuna.placement.catalog.reference.OccupationName;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.reference.SwedishCompoundSplitter;
import se.tuna.placement.catalog.reference.SwedishWordForms;

/**
 * The content words of a Swedish text, by stem, analysed the same way for a participant's interests,
 * skills and strengths as for a slot's title and tasks, so that the forms meet:
 * <ol>
 *   <li>compounds are split and each part kept next to the whole word ("Museivärd" → museivärd, musei,
 *       värd; "återbruksverksamhet" → återbruk, verksamhet), as the slots are indexed;</li>
 *   <li>each word is taken to its base form ({@link SwedishWordForms}: museer, musei, museets → museum;
 *       återbruket → återbruk; lagret → lager);</li>
 *   <li>the Swedish analyzer's stop words (och, att, med) and the domain stop list
 *       ({@code reference/domain-stop-words.txt}: arbeta, uppgifter, gärna, vill …, every form) are left
 *       out;</li>
 *   <li>what is left is stemmed with the Swedish Snowball stemmer, the one Elasticsearch's Swedish analyzer
 *       uses, except the few base forms whose stem would meet a word of another meaning ("lager", "laga" and
 *       "lag" all stem to "lag").</li>
 * </ol>
 * Each stem keeps the first word it came from, to show people a word rather than a stem.
 *
 * <p><b>Related terms</b> come from the JobTech taxonomy: a participant's word that is, in its base form, the
 * one-word name of an occupation (yrkesbenämning, "kock") or a word of its SSYK group's name ("Kockar och
 * kallskänkor") relates to the other one-word names of that group ("kallskänka", "köksmästare"). Only words
 * naming at most
 * {@value #MAX_GROUPS_FOR_RELATED} groups expand (a word in many groups says little), and a related term
 * counts {@value #RELATED_WEIGHT} of a direct match. Immutable and thread-safe.
 */
public class SwedishWords {

    /** A related term counts this much of a word the tasks use themselves. */
    public static final double RELATED_WEIGHT = 0.5;

    /** A word naming more SSYK groups than this is too general to expand. */
    static final int MAX_GROUPS_FOR_RELATED = 2;

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private static final CharArraySet LUCENE_STOP_WORDS = SwedishAnalyzer.getDefaultStopSet();

    /** Definite endings, for telling the forms of a stop word that is no lexicon word (jobbet). */
    private static final List<String> DEFINITE_ENDINGS = List.of("erna", "arna", "orna", "et", "en", "na");

    /** The Snowball stemmer keeps state: one per thread. */
    private static final ThreadLocal<SwedishStemmer> STEMMER = ThreadLocal.withInitial(SwedishStemmer::new);

    private final SwedishCompoundSplitter splitter;
    private final SwedishWordForms forms;
    private final Set<String> stopStems;
    /**
     * Base form of a one-word occupation name (or word of a group's name) to the stems of its group's other
     * terms, with the term shown. Keyed by the base form, not the stem, so that only the name itself expands
     * ("packare", not "pack", which the stemmer makes of both).
     */
    private final Map<String, Map<String, String>> relatedByBase;

    public SwedishWords(ReferenceData reference) {
        this.splitter = reference.compoundSplitter();
        this.forms = reference.wordForms();
        Set<String> stops = new HashSet<>();
        for (String word : reference.domainStopWords().words()) {
            stops.add(stem(word));
            stops.add(stem(forms.baseForm(word)));
        }
        this.stopStems = Set.copyOf(stops);
        this.relatedByBase = relatedTerms(reference.occupations());
    }

    /** Stem to the first word it came from, in order of appearance; stop words left out. */
    public Map<String, String> of(String text) {
        Map<String, String> words = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        for (String token : SwedishCompoundSplitter.tokens(text)) {
            String shown = token.toLowerCase(SWEDISH);
            add(words, token, shown);
            for (String part : splitter.split(token)) {
                add(words, part, shown);                                // a part is shown as its compound
            }
        }
        return words;
    }

    private void add(Map<String, String> words, String word, String shown) {
        String stem = analyse(word);
        if (stem != null) {
            words.putIfAbsent(stem, shown);
        }
    }

    /** The stem of one word after its base form, or {@code null} for a stop word, a lone letter or digits. */
    String analyse(String token) {
        String lower = token.toLowerCase(SWEDISH);
        if (lower.length() < 2 || LUCENE_STOP_WORDS.contains(lower) || !hasLetter(lower)) {
            return null;
        }
        String base = forms.baseForm(lower);
        String stem = forms.isUnstemmed(base) ? base : stem(base);
        if (stopStems.contains(stem) || stopStems.contains(stem(lower))) {
            return null;
        }
        for (String ending : DEFINITE_ENDINGS) {                       // jobbet, uppgiften: a stop word's forms
            if (lower.length() > ending.length() + 2 && lower.endsWith(ending)
                    && stopStems.contains(stem(lower.substring(0, lower.length() - ending.length())))) {
                return null;
            }
        }
        return stem;
    }

    /**
     * How the participant's words ({@code mine}, from {@link #of}) meet a slot's stems: the words the tasks use
     * themselves, and, for the others, a related term from the taxonomy the tasks use.
     */
    public InterestMatch match(Map<String, String> mine, Set<String> theirStems) {
        Set<String> direct = new TreeSet<>();
        Map<String, String> related = new TreeMap<>();
        mine.forEach((stem, word) -> {
            if (theirStems.contains(stem)) {
                direct.add(word);
            }
        });
        mine.forEach((stem, word) -> {
            if (theirStems.contains(stem) || direct.contains(word)) {
                return;
            }
            Map<String, String> terms = relatedByBase.getOrDefault(forms.baseForm(word), Map.of());
            terms.entrySet().stream()
                    .filter(term -> theirStems.contains(term.getKey()) && !mine.containsKey(term.getKey()))
                    .map(Map.Entry::getValue)
                    .sorted()
                    .findFirst()
                    .ifPresent(term -> related.putIfAbsent(word, term));
        });
        return new InterestMatch(direct, related);
    }

    /**
     * The participant's words the tasks use ({@code direct}), and those that only relate to a term the tasks
     * use ({@code related}: the participant's word to the related term, e.g. kock → kallskänka).
     */
    public record InterestMatch(Set<String> direct, Map<String, String> related) {

        public InterestMatch {
            direct = Collections.unmodifiableSet(new TreeSet<>(direct));
            related = Collections.unmodifiableMap(new TreeMap<>(related));
        }

        /** Direct matches count 1, related terms {@value SwedishWords#RELATED_WEIGHT}. */
        public double points() {
            return direct.size() + RELATED_WEIGHT * related.size();
        }
    }

    private Map<String, Map<String, String>> relatedTerms(OccupationClassification occupations) {
        // Each group's one-word terms (stem to the term shown): its occupation names and the words of its label
        // ("Kockar och kallskänkor"); and which groups each term's base form names.
        Map<String, Map<String, String>> termsByGroup = new HashMap<>();
        Map<String, Set<String>> groupsByBase = new HashMap<>();
        for (OccupationName name : occupations.occupationNames()) {
            addTerm(termsByGroup, groupsByBase, name.ssyk4(), name.name());
        }
        for (String code : occupations.occupationCodes()) {
            occupations.name(code).ifPresent(label -> {
                for (String piece : label.split(",|\\soch\\s|\\sm\\.fl\\.?")) {
                    addTerm(termsByGroup, groupsByBase, code, piece);
                }
            });
        }
        Map<String, Map<String, String>> related = new HashMap<>();
        groupsByBase.forEach((base, codes) -> {
            if (codes.size() > MAX_GROUPS_FOR_RELATED) {
                return;
            }
            String own = analyse(base);
            Map<String, String> terms = new TreeMap<>();
            for (String code : codes) {
                termsByGroup.get(code).forEach((other, shown) -> {
                    if (!other.equals(own)) {
                        terms.putIfAbsent(other, shown);
                    }
                });
            }
            if (!terms.isEmpty()) {
                related.put(base, Map.copyOf(terms));
            }
        });
        return Map.copyOf(related);
    }

    private void addTerm(Map<String, Map<String, String>> termsByGroup, Map<String, Set<String>> groupsByBase,
            String code, String text) {
        String term = text.strip().toLowerCase(SWEDISH);
        if (term.isEmpty() || !term.chars().allMatch(Character::isLetter)) {
            return;                                                     // one-word terms only
        }
        String stem = analyse(term);
        if (stem != null && stem.length() >= 3) {
            termsByGroup.computeIfAbsent(code, c -> new TreeMap<>()).putIfAbsent(stem, term);
            groupsByBase.computeIfAbsent(forms.baseForm(term), b -> new TreeSet<>()).add(code);
        }
    }

    private static String stem(String word) {
        SwedishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static boolean hasLetter(String word) {
        return word.chars().anyMatch(Character::isLetter);
    }

}
