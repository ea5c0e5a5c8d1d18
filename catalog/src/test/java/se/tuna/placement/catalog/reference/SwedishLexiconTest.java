package se.tuna.placement.catalog.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SwedishLexiconTest {

    @Test
    void wordsOfThreeLettersOrMoreFromTheTextsAreLexiconWords() {
        SwedishLexicon lexicon = SwedishLexicon.build(List.of("Sköter djur på en bondgård"));
        assertThat(lexicon.contains("sköter")).isTrue();
        assertThat(lexicon.contains("bondgård")).isTrue();
        assertThat(lexicon.contains("på")).isFalse();
    }

    @Test
    void aTruncatedFirstPartBeforeAHyphenIsNotALexiconWord() {
        SwedishLexicon lexicon = SwedishLexicon.build(List.of("Anläggnings- och byggarbete"));
        assertThat(lexicon.contains("anläggnings")).isFalse();
        assertThat(lexicon.contains("byggarbete")).isTrue();
    }

    @Test
    void aTruncatedFirstPartThatAlsoStandsAloneIsKept() {
        SwedishLexicon lexicon = SwedishLexicon.build(List.of("Bygg- och anläggning; bygg hus"));
        assertThat(lexicon.contains("bygg")).isTrue();
    }

    @Test
    void anSFormWhoseStemIsAWordIsLeftOut() {
        SwedishLexicon lexicon = SwedishLexicon.build(List.of("ett företags ekonomi, ett företag"));
        assertThat(lexicon.contains("företags")).isFalse();
        assertThat(lexicon.contains("företag")).isTrue();
    }

    @Test
    void anSFormWhoseStemIsNoWordIsKept() {
        SwedishLexicon lexicon = SwedishLexicon.build(List.of("kaos och ordning"));
        assertThat(lexicon.contains("kaos")).isTrue();
    }

    @Test
    void functionWordsAreNotLexiconWords() {
        SwedishLexicon lexicon = SwedishLexicon.build(List.of("för säljning till verkning"));
        assertThat(lexicon.contains("för")).isFalse();
        assertThat(lexicon.contains("till")).isFalse();
        assertThat(lexicon.contains("säljning")).isTrue();
    }

    @Test
    void theCuratedWorkplaceWordsAreAlwaysIncluded() {
        SwedishLexicon lexicon = SwedishLexicon.build(List.of());
        assertThat(lexicon.contains("lager")).isTrue();
        assertThat(lexicon.contains("städ")).isTrue();
        assertThat(lexicon.contains("trädgård")).isTrue();
        assertThat(lexicon.isNeverSplit("verktyg")).isTrue();
    }
}
