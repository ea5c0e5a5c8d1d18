package se.tuna.placement.catalog.reference;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Words that carry no meaning for matching what a person likes to the tasks of a slot: "arbeta",
 * "uppgifter", "gärna", "vill", "olika". Read from {@code reference/domain-stop-words.txt}, whose header says
 * how the list was derived (words in a large share of the demo bank's task texts and of JobTech's
 * occupation definitions, plus a short hand list). The words are as written; whoever matches analyses
 * them the way it analyses the texts, so that every form of a word goes.
 */
public final class DomainStopWords {

    static final String FILE = ReferenceCsv.DIRECTORY + "domain-stop-words.txt";


    private final Set<String> words;

    DomainStopWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static DomainStopWords load() {
        Set<String> words = new LinkedHashSet<>();
        for (ReferenceCsv.WordListLine line : ReferenceCsv.wordList(FILE)) {
            if (!SwedishLexicon.isLetters(line.entry())) {
                throw new IllegalStateException(FILE + " line " + line.number() + ": not a word: " + line.entry());
            }
            words.add(line.entry());
        }
        return new DomainStopWords(words);
    }

    /** The words, lower-cased, as listed. */
    public Set<String> words() {
        return words;
    }
}
