package se.tuna.placement.catalog.reference;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word list {@link SwedishCompoundSplitter} cuts compounds into: lower-cased Swedish words of at least
 * three letters, and the few lexicalised compounds that are never cut.
 *
 * <p>Built from reference-data texts plus the curated {@code reference/swedish-work-words.txt}, where a
 * line {@code word} adds a word and a line {@code =word} adds a word that is never split itself
 * ("verktyg" is not verk + tyg), though it can be a part of a longer compound. Left out of the texts'
 * words:
 * <ul>
 *   <li>function words that begin many non-compounds ("för" in försäljning, "till" in tillverkning)
 *       and word endings that are also words ("ande", "logi");</li>
 *   <li>truncated first parts written before a hyphen ("anläggnings-" in "anläggnings- och
 *       byggarbete"), unless the same word also stands alone;</li>
 *   <li>a word ending in -s whose stem is also a word (a genitive such as "företags" in "ett företags
 *       ekonomi"), so that a compound is cut at the stem with a linking -s-.</li>
 * </ul>
 * Curated words are always kept.
 */
final class SwedishLexicon {

    static final String CURATED_WORDS = ReferenceCsv.DIRECTORY + "swedish-work-words.txt";

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** Words that are never parts. */
    private static final Set<String> NEVER_PARTS = Set.of(
            // prepositions, particles, pronouns, conjunctions
            "och", "att", "som", "för", "före", "med", "mot", "till", "från", "fram", "upp", "ner", "ned",
            "bort", "över", "under", "efter", "genom", "mellan", "inom", "utom", "utan", "samt", "eller",
            "den", "det", "dem", "dess", "deras", "denna", "detta", "dessa", "där", "när", "hur", "vad",
            "har", "kan", "ska", "skall", "bör", "får", "vid", "hos", "även", "också", "andra", "annan",
            "annat", "övriga", "olika", "enligt", "både", "inte", "alla", "allt", "man", "sin", "sina",
            "sitt", "sig", "vilka", "vilken", "vilket", "bland", "kring", "runt", "dels", "per", "via",
            "vars", "ett", "egen", "eget", "egna", "nya", "mer", "mest", "samma", "inklusive",
            // English words in some JobTech occupation names ("Food and beverage manager")
            "and", "the", "for", "with",
            // verb forms that end many words (deltar, formger)
            "tar", "ger",
            // endings that are also words (förebyggande, biologi)
            "ande", "ende", "logi", "ning", "else", "het", "lig", "isk", "tion");

    private final Set<String> words;
    private final Set<String> neverSplit;

    private SwedishLexicon(Set<String> words, Set<String> neverSplit) {
        this.words = Set.copyOf(words);
        this.neverSplit = Set.copyOf(neverSplit);
    }

    /** A lexicon of exactly these words (lower case), none of them protected from splitting: for tests. */
    static SwedishLexicon of(Collection<String> words) {
        return new SwedishLexicon(new HashSet<>(words), Set.of());
    }

    /** The words of {@code texts}, filtered as the class comment says, plus the curated words. */
    static SwedishLexicon build(Collection<String> texts) {
        Set<String> standalone = new HashSet<>();
        for (String text : texts) {
            collectStandaloneWords(text, standalone);
        }
        Set<String> curated = new HashSet<>();
        Set<String> neverSplit = new HashSet<>();
        readCuratedWords(curated, neverSplit);

        Set<String> all = new HashSet<>(standalone);
        all.addAll(curated);
        Set<String> words = new HashSet<>(curated);
        for (String word : standalone) {
            boolean sFormOfAnotherWord = word.endsWith("s") && word.length() > SwedishCompoundSplitter.MIN_PART_LENGTH
                    && all.contains(word.substring(0, word.length() - 1));
            if (!sFormOfAnotherWord) {
                words.add(word);
            }
        }
        return new SwedishLexicon(words, neverSplit);
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    /** Whether the word may never be a part, even when an inflectional ending is allowed for. */
    static boolean isNeverPart(String word) {
        return NEVER_PARTS.contains(word);
    }

    /** Whether the whole word is a lexicalised compound that is never split. */
    boolean isNeverSplit(String word) {
        return neverSplit.contains(word);
    }

    /** Adds each run of letters of three or more that is not directly followed by a hyphen. */
    private static void collectStandaloneWords(String text, Set<String> into) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                boolean truncated = i < text.length() && text.charAt(i) == '-';
                String word = text.substring(start, i).toLowerCase(SWEDISH);
                if (!truncated && word.length() >= SwedishCompoundSplitter.MIN_PART_LENGTH
                        && !NEVER_PARTS.contains(word)) {
                    into.add(word);
                }
                start = -1;
            }
        }
    }

    private static void readCuratedWords(Set<String> words, Set<String> neverSplit) {
        for (ReferenceCsv.WordListLine line : ReferenceCsv.wordList(CURATED_WORDS)) {
            boolean protectedWord = line.entry().startsWith("=");
            String word = protectedWord ? line.entry().substring(1) : line.entry();
            if (word.length() < SwedishCompoundSplitter.MIN_PART_LENGTH || !isLetters(word) || NEVER_PARTS.contains(word)) {
                throw new IllegalStateException(CURATED_WORDS + " line " + line.number() + ": not a usable word: " + word);
            }
            words.add(word);
            if (protectedWord) {
                neverSplit.add(word);
            }
        }
    }

    static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
