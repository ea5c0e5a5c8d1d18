package se.tuna.placement.catalog.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
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

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final Set<String> words;

    DomainStopWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static DomainStopWords load() {
        Set<String> words = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(ReferenceCsv.open(FILE), StandardCharsets.UTF_8))) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String entry = line.strip().toLowerCase(SWEDISH);
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (!SwedishLexicon.isLetters(entry)) {
                    throw new IllegalStateException(FILE + " line " + lineNumber + ": not a word: " + line);
                }
                words.add(entry);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + FILE, e);
        }
        return new DomainStopWords(words);
    }

    /** The words, lower-cased, as listed. */
    public Set<String> words() {
        return words;
    }
}
