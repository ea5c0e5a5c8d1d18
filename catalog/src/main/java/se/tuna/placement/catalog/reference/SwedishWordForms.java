package se.tuna.placement.catalog.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The base form of a Swedish word, so that the forms a stemmer leaves apart meet: "museer", "musei" and
 * "museets" → museum, "återbruket" → återbruk, "lagret" → lager, "cyklar" → cykel. For matching a
 * participant's interests against a slot's tasks, where both sides go through the same forms before
 * stemming.
 *
 * <p>First the irregular forms of the curated {@code reference/swedish-word-forms.txt}; then an inflectional
 * ending (only a definite one, -et, -en, -arna …, from a word the lexicon itself holds) is taken off when
 * what is left is a lexicon word, also with the final -a (lampor → lampa) or -e (arbetet → arbete) of the
 * base put back, or the -e- an -el/-er/-en noun drops (lagret → lager, cyklar → cykel). Otherwise the word
 * is returned as it is. Immutable and thread-safe.
 */
public final class SwedishWordForms {

    static final String CURATED_FORMS = ReferenceCsv.DIRECTORY + "swedish-word-forms.txt";

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** Inflectional endings, longest first within each family. */
    private static final String[] ENDINGS = {
        "ernas", "arnas", "ornas", "erna", "arna", "orna", "enas", "ena", "ets", "ens", "et", "en",
        "er", "ar", "or", "na", "s", "n", "t"
    };

    /** The endings of the definite forms (lagret, arbetet, kocken, hästarna). */
    private static final Set<String> DEFINITE_ENDINGS = Set.of(
            "ernas", "arnas", "ornas", "erna", "arna", "orna", "enas", "ena", "ets", "ens", "et", "en");

    private final SwedishLexicon lexicon;
    private final Map<String, String> irregular;

    SwedishWordForms(SwedishLexicon lexicon, Map<String, String> irregular) {
        this.lexicon = Objects.requireNonNull(lexicon);
        this.irregular = Map.copyOf(irregular);
    }

    /** With this lexicon (the compound splitter's) and the curated irregular forms. */
    static SwedishWordForms load(SwedishLexicon lexicon) {
        return new SwedishWordForms(lexicon, readIrregular());
    }

    /** The base form of a word (lower-cased), or the word itself when none is known. */
    public String baseForm(String word) {
        String lower = word.toLowerCase(SWEDISH);
        String known = irregular.get(lower);
        if (known != null) {
            return known;
        }
        if (lower.length() < 5) {
            return lower;
        }
        // The lexicon holds inflected forms too ("arbetet" from the reference texts): a lexicon word loses only
        // a definite ending, so that "lager" and "kunder" stay as written (the stemmer takes them on).
        boolean lexiconWord = lexicon.contains(lower);
        for (String ending : ENDINGS) {
            int stemLength = lower.length() - ending.length();
            if (stemLength < SwedishCompoundSplitter.MIN_PART_LENGTH || !lower.endsWith(ending)
                    || lexiconWord && !DEFINITE_ENDINGS.contains(ending)) {
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

    private static Map<String, String> readIrregular() {
        Map<String, String> forms = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(ReferenceCsv.open(CURATED_FORMS), StandardCharsets.UTF_8))) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String entry = line.strip().toLowerCase(SWEDISH);
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] words = entry.split("\\s+");
                for (String word : words) {
                    if (!SwedishLexicon.isLetters(word) || forms.putIfAbsent(word, words[0]) != null) {
                        throw new IllegalStateException(CURATED_FORMS + " line " + lineNumber
                                + ": not a word, or a form listed twice: " + word);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + CURATED_FORMS, e);
        }
        return forms;
    }
}
