package se.tuna.placement.catalog.reference;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.HashSet;
import java.util.Set;

/**
 * The base form of a Swedish word, so that the forms a stemmer leaves apart meet: "museer", "musei" and
 * "museets" → museum, "återbruket" → återbruk, "lagret" → lager, "cyklar" → cykel. For matching a
 * participant's interests against a slot's tasks, where both sides go through the same forms before
 * stemming.
 *
 * <p>First the irregular forms of the curated {@code reference/swedish-word-forms.txt}; then an inflectional
 * ending (from a word the lexicon itself holds, as the reference texts give "arbetet" and "datorer", only
 * one of two letters or more) is taken off when what is left is a lexicon word, also with the final -a (lampor → lampa) or -e (arbetet → arbete) of the
 * base put back, or the -e- an -el/-er/-en noun drops (lagret → lager, cyklar → cykel). Otherwise the word
 * is returned as it is. Last, a noun made from a verb with -ning or -ing goes to that verb (städning →
 * städa). Immutable and thread-safe.
 */
public final class SwedishWordForms {

    static final String CURATED_FORMS = ReferenceCsv.DIRECTORY + "swedish-word-forms.txt";

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** Inflectional endings, longest first within each family. */
    private static final String[] ENDINGS = {
        "ernas", "arnas", "ornas", "erna", "arna", "orna", "enas", "ena", "ets", "ens", "et", "en",
        "er", "ar", "or", "na", "s", "n", "t"
    };

    private final SwedishLexicon lexicon;
    private final Map<String, String> irregular;
    private final Set<String> unstemmed;

    SwedishWordForms(SwedishLexicon lexicon, Map<String, String> irregular) {
        this(lexicon, irregular, Set.of());
    }

    private SwedishWordForms(SwedishLexicon lexicon, Map<String, String> irregular, Set<String> unstemmed) {
        this.lexicon = Objects.requireNonNull(lexicon);
        this.irregular = Map.copyOf(irregular);
        this.unstemmed = Set.copyOf(unstemmed);
    }

    /** With this lexicon (the compound splitter's) and the curated irregular forms. */
    static SwedishWordForms load(SwedishLexicon lexicon) {
        Set<String> unstemmed = new HashSet<>();
        Map<String, String> irregular = readIrregular(unstemmed);
        return new SwedishWordForms(lexicon, irregular, unstemmed);
    }

    /**
     * Whether a stemmer must leave this base form as it is, since its stem would meet a word of another
     * meaning ("lager", "laga" and "lag" all stem to "lag"): the lines starting with '=' in the curated file.
     */
    public boolean isUnstemmed(String baseForm) {
        return unstemmed.contains(baseForm);
    }

    /**
     * The base form of a word (lower-cased), or the word itself when none is known; a noun made from a verb
     * with -ning or -ing is taken to the verb (städning → städa, sortering → sortera, odling → odla), since
     * people write the noun ("städning") where the tasks write the verb ("städa kontor").
     */
    public String baseForm(String word) {
        String base = inflectionalBase(word);
        if (unstemmed.contains(base)) {
            return base;
        }
        String verb = verbOf(base);
        return verb == null || unstemmed.contains(verb) ? base : verb;
    }

    /** The verb (infinitive) a -ning/-ing noun is made from, when the lexicon knows it; else {@code null}. */
    private String verbOf(String noun) {
        for (String suffix : new String[] {"ning", "ing"}) {
            int length = noun.length() - suffix.length();
            if (length >= SwedishCompoundSplitter.MIN_PART_LENGTH && noun.endsWith(suffix)) {
                String verb = noun.substring(0, length) + 'a';
                if (lexicon.contains(verb) || lexicon.contains(verb + 'r')) {
                    return verb;                                        // bakning → baka (bakar)
                }
            }
        }
        return null;
    }

    private String inflectionalBase(String word) {
        String lower = word.toLowerCase(SWEDISH);
        String known = irregular.get(lower);
        if (known != null) {
            return known;
        }
        if (lower.length() < 5) {
            return lower;
        }
        // The lexicon holds inflected forms too ("arbetet", "datorer" from the reference texts): a lexicon word
        // loses an ending of two letters or more when a lexicon word is left, never a lone -s, -n or -t.
        boolean lexiconWord = lexicon.contains(lower);
        for (String ending : ENDINGS) {
            int stemLength = lower.length() - ending.length();
            if (stemLength < SwedishCompoundSplitter.MIN_PART_LENGTH || !lower.endsWith(ending)
                    || lexiconWord && ending.length() < 2) {
                continue;
            }
            String stem = lower.substring(0, stemLength);
            if (lexicon.contains(stem) && !SwedishLexicon.isNeverPart(stem)) {
                return stem;                                            // återbruket → återbruk
            }
            if (ending.length() > 1 && lexicon.contains(stem + 'e')) {
                return stem + 'e';                                      // arbetet → arbete
            }
            if (ending.startsWith("o") && lexicon.contains(stem + 'a')) {
                return stem + 'a';                                      // lampor → lampa
            }
            if (stemLength >= 3 && ending.length() > 1 && twoConsonantsAtEnd(stem)) {
                String withE = stem.substring(0, stemLength - 1) + 'e' + stem.charAt(stemLength - 1);
                if (lexicon.contains(withE)) {
                    return withE;                                       // lagret → lager, cyklar → cykel
                }
            }
        }
        return lower;
    }

    private static boolean twoConsonantsAtEnd(String stem) {
        int n = stem.length();
        return !isVowel(stem.charAt(n - 1)) && !isVowel(stem.charAt(n - 2));
    }

    private static boolean isVowel(char c) {
        return "aeiouyåäöé".indexOf(c) >= 0;
    }

    private static Map<String, String> readIrregular(Set<String> unstemmed) {
        Map<String, String> forms = new HashMap<>();
        for (ReferenceCsv.WordListLine line : ReferenceCsv.wordList(CURATED_FORMS)) {
            boolean keep = line.entry().startsWith("=");
            String[] words = (keep ? line.entry().substring(1) : line.entry()).split("\s+");
            if (keep) {
                unstemmed.add(words[0]);
            }
            for (String word : words) {
                if (!SwedishLexicon.isLetters(word) || forms.putIfAbsent(word, words[0]) != null) {
                    throw new IllegalStateException(CURATED_FORMS + " line " + line.number()
                            + ": not a word, or a form listed twice: " + word);
                }
            }
        }
        return forms;
    }
}
