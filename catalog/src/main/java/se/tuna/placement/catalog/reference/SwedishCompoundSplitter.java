package se.tuna.placement.catalog.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A deterministic, dictionary-based splitter of Swedish compound words (sammansatta ord), for search.
 *
 * <p>Elasticsearch's Swedish analyzer stems words but does not split compounds, so a search for
 * "lagerarbete" would miss a slot whose tasks say "lager" and "plockning". The catalog therefore indexes
 * each word together with its parts, and expands query words the same way: see {@link #expand(String)}.
 *
 * <p><b>Lexicon.</b> Lower-cased words of at least three letters from the reference data (SSYK and SNI
 * names, JobTech occupation names and group definitions) and the curated list
 * {@code reference/swedish-work-words.txt}; see {@link SwedishLexicon} for what is left out and for the
 * few lexicalised compounds that are never split ("verktyg" is not verk + tyg).
 *
 * <p><b>Splitting.</b> A word of at least {@value #MIN_WORD_LENGTH} letters is cut into two to
 * {@value #MAX_PARTS} parts of at least {@value #MIN_PART_LENGTH} letters, each a lexicon word, allowing:
 * <ul>
 *   <li>a linking -s- (fogemorfem) after a part: trädgård<i>s</i>skötsel, and after a part whose final -e
 *       is dropped: arbet<i>s</i>miljö → arbete, miljö;</li>
 *   <li>a linking -e- or -a- after a part: gäst<i>a</i>bud;</li>
 *   <li>a final -a of a part changed to -o-, -u- or -e-, or dropped: kyrk<i>o</i>gård → kyrka,
 *       gatu- → gata, olje- → olja, skol- → skola;</li>
 *   <li>an inflectional ending on the last part: kundtjänst<i>en</i> → kund, tjänsten.</li>
 * </ul>
 * Among the possible splits the one with the fewest parts wins, then the one with the fewest of the
 * allowances above (each linking letter, restored vowel or ending counts one), then the one with the
 * longest parts (largest sum of squared part lengths), then the one with the longest first part. Parts
 * are returned as lexicon words, except the last, which is returned as written.
 *
 * <p>The search is a dynamic programme over the cut points of the word, with hash-set look-ups only:
 * a few microseconds per word. Texts repeat their words (a bank of 100,000 slots has a few thousand
 * distinct ones), so the splits of up to {@value #REMEMBERED_WORDS} words, the most used, are remembered: a
 * bulk import expands every slot's text, and searches expand their words. Thread-safe.
 */
public final class SwedishCompoundSplitter {

    /** Words shorter than this are never split. */
    public static final int MIN_WORD_LENGTH = 6;

    /** Every part has at least this many letters. */
    public static final int MIN_PART_LENGTH = 3;

    /** No word is cut into more parts than this. */
    public static final int MAX_PARTS = 4;

    /** Longer "words" (codes, URLs, run-together text) are not split. */
    static final int MAX_WORD_LENGTH = 48;

    /** Words whose split is kept; beyond these, words are split every time (the memory stays bounded). */
    static final int REMEMBERED_WORDS = 50_000;

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** Inflectional endings accepted on the last part (lagret, tjänsten, arbetena, kunders). */
    private static final String[] LAST_PART_ENDINGS = {
        "erna", "arna", "orna", "ena", "na", "en", "et", "er", "ar", "or", "ens", "ets", "n", "t", "s", "e", "a"
    };

    private final SwedishLexicon lexicon;
    private final Cache<String, List<String>> remembered = Caffeine.newBuilder().maximumSize(REMEMBERED_WORDS).build();

    SwedishCompoundSplitter(SwedishLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon);
    }

    /** A splitter whose lexicon is built from {@code texts} and the curated word list: see {@link SwedishLexicon}. */
    static SwedishCompoundSplitter fromTexts(Collection<String> texts) {
        return new SwedishCompoundSplitter(SwedishLexicon.build(texts));
    }

    /**
     * The parts of a compound word, lower-cased: "lagerarbete" → [lager, arbete], "trädgårdsskötsel" →
     * [trädgård, skötsel]. Empty if the word is shorter than {@value #MIN_WORD_LENGTH} letters, holds
     * anything but letters, or is not made of lexicon words.
     */
    public List<String> split(String word) {
        if (word == null || word.length() < MIN_WORD_LENGTH || word.length() > MAX_WORD_LENGTH) {
            return List.of();
        }
        // Only words are remembered: numbers and codes would crowd them out of the cache.
        return SwedishLexicon.isLetters(word) ? remembered.get(word, this::splitLetters) : List.of();
    }

    /** {@link #split} of a word of letters only, computed. */
    private List<String> splitLetters(String word) {
        String lower = word.toLowerCase(SWEDISH);
        if (isLexicalisedCompound(lower)) {
            return List.of();
        }
        int n = lower.length();
        // best[i]: the best way to cut lower[i..n) into parts, the last one ending the word; null if none.
        Split[] best = new Split[n + 1];
        for (int i = n - MIN_PART_LENGTH; i >= 0; i--) {
            Split bestHere = null;
            if (i > 0) {
                Part last = lastPart(lower.substring(i));
                if (last != null) {
                    bestHere = Split.single(last);
                }
            }
            for (int j = i + MIN_PART_LENGTH; j <= n - MIN_PART_LENGTH; j++) {
                Split rest = best[j];
                if (rest == null || rest.parts() >= MAX_PARTS) {
                    continue;
                }
                Part part = leadingPart(lower.substring(i, j));
                if (part != null) {
                    bestHere = Split.better(bestHere, rest.prepend(part));
                }
            }
            best[i] = bestHere;
        }
        return best[0] == null ? List.of() : best[0].toList();
    }

    /**
     * The words of {@code text} with the parts of each compound right after it, separated by single spaces:
     * "Lagerarbete och kundtjänst" → "Lagerarbete lager arbete och kundtjänst kund tjänst". Words are runs of
     * letters and digits; everything else separates them. For indexing next to the original text, and for
     * expanding a query the same way.
     */
    public String expand(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder expanded = new StringBuilder(text.length() + 16);
        for (String token : tokens(text)) {
            append(expanded, token);
            for (String part : split(token)) {
                append(expanded, part);
            }
        }
        return expanded.toString();
    }

    private static void append(StringBuilder builder, String word) {
        if (!builder.isEmpty()) {
            builder.append(' ');
        }
        builder.append(word);
    }

    /** Whether the word is, or is an inflected form of, a compound the lexicon says is never split. */
    private boolean isLexicalisedCompound(String word) {
        if (lexicon.isNeverSplit(word)) {
            return true;
        }
        for (String ending : LAST_PART_ENDINGS) {
            if (word.endsWith(ending) && lexicon.isNeverSplit(word.substring(0, word.length() - ending.length()))) {
                return true;                                // verkstaden
            }
        }
        return false;
    }

    /** The segment as a last part: a lexicon word, or one with an inflectional ending; null if neither. */
    private Part lastPart(String segment) {
        if (lexicon.contains(segment)) {
            return new Part(segment, 0);
        }
        if (SwedishLexicon.isNeverPart(segment)) {
            return null;                                    // utför-ande is not utför + and-e
        }
        for (String ending : LAST_PART_ENDINGS) {
            int stemLength = segment.length() - ending.length();
            if (stemLength >= MIN_PART_LENGTH && segment.endsWith(ending)
                    && lexicon.contains(segment.substring(0, stemLength))) {
                return new Part(segment, 1);
            }
        }
        return null;
    }

    /** The segment as a part followed by more parts, with the allowances of the class comment. */
    private Part leadingPart(String segment) {
        if (lexicon.contains(segment)) {
            return new Part(segment, 0);
        }
        int length = segment.length();
        char lastChar = segment.charAt(length - 1);
        String stem = segment.substring(0, length - 1);
        boolean stemLongEnough = stem.length() >= MIN_PART_LENGTH;
        if (lastChar == 's' && stemLongEnough) {
            if (lexicon.contains(stem) && !stem.endsWith("s")) {
                return new Part(stem, 1);                   // trädgård-s-skötsel
            }
            if (lexicon.contains(stem + 'e')) {
                return new Part(stem + 'e', 1);             // arbet(e)-s-miljö
            }
        }
        if ((lastChar == 'e' || lastChar == 'a') && stemLongEnough && lexicon.contains(stem)) {
            return new Part(stem, 1);                       // gäst-a-bud
        }
        if ((lastChar == 'o' || lastChar == 'u' || lastChar == 'e') && stemLongEnough
                && lexicon.contains(stem + 'a')) {
            return new Part(stem + 'a', 1);                 // kyrk(a)-o-gård, gat(a)-u-kök, olj(a)-e-fat
        }
        if (lexicon.contains(segment + 'a')) {
            return new Part(segment + 'a', 1);              // skol(a)-måltid
        }
        return null;
    }

    /** The runs of letters and digits in {@code text}: the words this splitter (and whoever reads words as it does) sees. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    /** A part as returned, and whether it needed an allowance (1) or is a lexicon word as written (0). */
    private record Part(String word, int allowances) {
    }

    /**
     * A way to cut the rest of a word, as a linked list from its first part, with the figures it is
     * ranked by.
     */
    private record Split(String first, Split rest, int parts, int allowances, int squaredLengths) {

        static Split single(Part last) {
            int length = last.word().length();
            return new Split(last.word(), null, 1, last.allowances(), length * length);
        }

        Split prepend(Part part) {
            int length = part.word().length();
            return new Split(part.word(), this, parts + 1, allowances + part.allowances(),
                    squaredLengths + length * length);
        }

        /** The better of two splits of the same rest of a word; {@code a} may be null. */
        static Split better(Split a, Split b) {
            if (a == null) {
                return b;
            }
            if (a.parts != b.parts) {
                return a.parts < b.parts ? a : b;
            }
            if (a.allowances != b.allowances) {
                return a.allowances < b.allowances ? a : b;
            }
            if (a.squaredLengths != b.squaredLengths) {
                return a.squaredLengths > b.squaredLengths ? a : b;
            }
            return a.first.length() >= b.first.length() ? a : b;
        }

        List<String> toList() {
            List<String> words = new ArrayList<>(parts);
            for (Split split = this; split != null; split = split.rest) {
                words.add(split.first);
            }
            return List.copyOf(words);
        }
    }
}
