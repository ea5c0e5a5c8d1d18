package se.tuna.placement.matcher.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.reference.ReferenceData;

/** Interests, skills and strengths meet the tasks whatever the form of the word (issue 12, point 5). */
class SwedishWordsTest {

    private static final SwedishWords WORDS = new SwedishWords(ReferenceData.loadFromClasspath());

    private static SwedishWords.InterestMatch match(String interests, String tasks) {
        return WORDS.match(WORDS.of(interests), WORDS.of(tasks).keySet());
    }

    @Test
    void museerMeetsMuseivärdAndTheMuseumsShop() {
        assertThat(match("museer, historia, konst", "Museivärd").direct()).containsExactly("museer");
        assertThat(match("museum", "Hålla ordning i museibutiken och museets entré").direct()).containsExactly("museum");
        assertThat(match("museibesök", "Visa vägen i museets utställningar").direct()).containsExactly("museibesök");
    }

    @Test
    void återbrukMeetsÅterbruksverksamhetAndÅterbruket() {
        assertThat(match("återbruk, second hand", "Sortering i vår återbruksverksamhet").direct()).containsExactly("återbruk");
        assertThat(match("återbruk", "Ta emot saker på Återbruket").direct()).containsExactly("återbruk");
        assertThat(match("återbruket", "Möbelrenovering i återbruksverkstad").direct()).containsExactly("återbruket");
    }

    @Test
    void lagerMeetsLagretAndLagerarbete() {
        assertThat(match("lager", "Packa paket i lagret").direct()).containsExactly("lager");
        assertThat(match("lagerarbete", "Sortera varor i lagret").direct()).containsExactly("lagerarbete");
    }

    @Test
    void wordsTheStemmerWouldConfuseStayApart() {
        assertThat(match("laga mat", "Packa paket på lagret, i arbetslag").direct()).isEmpty();
        assertThat(match("laga möbler", "Laga och slipa begagnade möbler").direct()).containsExactly("laga", "möbler");
        assertThat(match("second hand", "En uppgift i taget med handledare bredvid").direct()).isEmpty();
        assertThat(match("datorer", "Skriva felanmälningar i datorn").direct()).containsExactly("datorer");
        assertThat(match("motorer", "Byta olja i motorn").direct()).containsExactly("motorer");
    }

    @Test
    void theNounPeopleWriteMeetsTheVerbTheTasksUse() {
        assertThat(match("städning, bakning", "Städa kontor och baka bullar").direct()).containsExactly("bakning", "städning");
        assertThat(match("sortering, odling", "Sortera kläder. Odla grönsaker").direct()).containsExactly("odling", "sortering");
    }

    @Test
    void wordsThatSayNothingAboutWhichWorkGiveNothing() {
        assertThat(WORDS.of("Vill gärna arbeta med olika uppgifter, tycker om att jobba och prova på")).isEmpty();
        assertThat(WORDS.of("Arbetet, arbetar, uppgiften, arbetsuppgifterna, jobbet")).isEmpty();
        SwedishWords.InterestMatch none = match("arbeta, uppgifter, arbetsuppgifter, jobba",
                "Arbetet består av enklare uppgifter. Du arbetar i lugn takt med samma arbetsuppgifter varje dag.");
        assertThat(none.direct()).isEmpty();
        assertThat(none.related()).isEmpty();
        assertThat(none.points()).isZero();
    }

    @Test
    void meaningfulWordsStayWhenStopWordsGo() {
        assertThat(WORDS.of("Vill gärna arbeta med hästar och djur").values()).containsExactly("hästar", "djur");
    }

    @Test
    void aRelatedTermFromTheTaxonomyCountsLessThanADirectMatch() {
        SwedishWords.InterestMatch related = match("kock", "Förbereda kallskänk och sallader");
        assertThat(related.direct()).isEmpty();
        assertThat(related.related()).containsKey("kock");
        SwedishWords.InterestMatch direct = match("kock", "Hjälpa kocken med förberedelser");
        assertThat(direct.direct()).containsExactly("kock");
        assertThat(related.points()).isPositive().isLessThan(direct.points());
    }

    @Test
    void wordsUnrelatedInTheTaxonomyDoNotRelate() {
        SwedishWords.InterestMatch none = match("kock", "Klippa gräs och rensa rabatter");
        assertThat(none.direct()).isEmpty();
        assertThat(none.related()).isEmpty();
        // "pack" is no occupation name, though the stemmer makes "packare" the same stem
        assertThat(match("plock och pack", "Påfyllning av varor i hyllor").related()).isEmpty();
    }

    @Test
    void aMatchKeepsTheParticipantsOwnWords() {
        Map<String, String> mine = WORDS.of("museer, böcker");
        Set<String> theirs = WORDS.of("Sortera återlämnade böcker. Museivärd").keySet();
        assertThat(WORDS.match(mine, theirs).direct()).containsExactly("böcker", "museer");
    }
}
