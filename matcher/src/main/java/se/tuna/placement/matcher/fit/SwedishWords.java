package se.tuna.placement.matcher.fit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import se.tuna.placement.catalog.reference.SwedishCompoundSplitter;

/**
 * The content words of a Swedish text, by stem: the same Swedish analyzer the slots are searched
 * with (stop words out, stemming), after splitting compounds, so "lagerarbete" and "lagret" share
 * "lager". Each stem keeps the first word it came from, to show people a word rather than a stem.
 */
public class SwedishWords {

    private final SwedishCompoundSplitter splitter;
    private final SwedishAnalyzer analyzer = new SwedishAnalyzer();

    public SwedishWords(SwedishCompoundSplitter splitter) {
        this.splitter = splitter;
    }

    /** Stem to the first word it came from, in order of appearance. */
    public Map<String, String> of(String text) {
        Map<String, String> words = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        String expanded = splitter.expand(text);
        try (TokenStream tokens = analyzer.tokenStream("text", expanded)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.putIfAbsent(term.toString(), expanded.substring(offset.startOffset(), offset.endOffset()).toLowerCase());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The words of {@code mine} whose stems also occur among {@code theirs}. */
    public static Set<String> shared(Map<String, String> mine, Set<String> theirStems) {
        Set<String> shared = new java.util.TreeSet<>();
        mine.forEach((stem, word) -> {
            if (theirStems.contains(stem)) {
                shared.add(word);
            }
        });
        return shared;
    }
}
