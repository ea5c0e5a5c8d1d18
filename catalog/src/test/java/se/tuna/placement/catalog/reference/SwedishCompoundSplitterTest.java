package se.tuna.placement.catalog.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SwedishCompoundSplitterTest {

    private final SwedishCompoundSplitter splitter = ReferenceData.loadFromClasspath().compoundSplitter();

    @Test
    void lagerarbeteSplitsIntoLagerAndArbete() {
        assertThat(splitter.split("lagerarbete")).containsExactly("lager", "arbete");
    }

    @Test
    void aWordSplitAgainGivesTheSamePartsWhateverItsCaseAndAWordWithDigitsIsNeverSplit() {
        SwedishCompoundSplitter fresh = ReferenceData.loadFromClasspath().compoundSplitter();
        assertThat(fresh.split("Lagerarbete")).containsExactly("lager", "arbete");
        assertThat(fresh.split("lagerarbete")).containsExactly("lager", "arbete");
        assertThat(fresh.split("Lagerarbete")).containsExactly("lager", "arbete");
        assertThat(fresh.split("lagerarbete2")).isEmpty();
        assertThat(fresh.expand("Lagerarbete och lagerarbete")).isEqualTo("Lagerarbete lager arbete och lagerarbete lager arbete");
    }

    @Test
    void stadarbeteSplitsIntoStadAndArbete() {
        assertThat(splitter.split("städarbete")).containsExactly("städ", "arbete");
    }

    @Test
    void kundtjanstSplitsIntoKundAndTjanst() {
        assertThat(splitter.split("kundtjänst")).containsExactly("kund", "tjänst");
    }

    @Test
    void theLinkingSIsLeftOutOfTheParts() {
        assertThat(splitter.split("trädgårdsskötsel")).containsExactly("trädgård", "skötsel");
    }

    @Test
    void aFinalEDroppedBeforeTheLinkingSIsRestored() {
        assertThat(splitter.split("arbetsmiljö")).containsExactly("arbete", "miljö");
    }

    @Test
    void aFinalAChangedToOOrUOrDroppedIsRestored() {
        assertThat(splitter.split("kyrkogård")).containsExactly("kyrka", "gård");
        assertThat(splitter.split("gatukök")).containsExactly("gata", "kök");
        assertThat(splitter.split("skolmåltid")).containsExactly("skola", "måltid");
    }

    @Test
    void theLastPartMayBeInflected() {
        assertThat(splitter.split("kundtjänsten")).containsExactly("kund", "tjänsten");
        assertThat(splitter.split("lagerarbetet")).containsExactly("lager", "arbetet");
    }

    @Test
    void upperCaseInputGivesLowerCaseParts() {
        assertThat(splitter.split("Lagerarbete")).containsExactly("lager", "arbete");
    }

    @Test
    void shortWordsAreNeverSplit() {
        for (String word : List.of("kassa", "lager", "städa", "butik", "bilar", "husen")) {
            assertThat(splitter.split(word)).as(word).isEmpty();
        }
    }

    @Test
    void aSixLetterCompoundIsSplit() {
        assertThat(splitter.split("husbil")).containsExactly("hus", "bil");
    }

    @Test
    void aWordThatIsNotACompoundGivesNoParts() {
        for (String word : List.of("restaurang", "montering", "sortering", "plockning", "undersköterska")) {
            assertThat(splitter.split(word)).as(word).isEmpty();
        }
    }

    @Test
    void functionWordsAndWordEndingsAreNeverParts() {
        // för + säljning, utför + ande, bio + logi
        assertThat(splitter.split("försäljning")).isEmpty();
        assertThat(splitter.split("utförande")).isEmpty();
        assertThat(splitter.split("biologi")).isEmpty();
    }

    @Test
    void aLexicalisedCompoundIsNotSplitButCanBeAPart() {
        assertThat(splitter.split("verktyg")).isEmpty();
        assertThat(splitter.split("verkstaden")).isEmpty();
        assertThat(splitter.split("bilverkstad")).containsExactly("bil", "verkstad");
    }

    @Test
    void wordsWithDigitsOrPunctuationAreNotSplit() {
        assertThat(splitter.split("lager2arbete")).isEmpty();
        assertThat(splitter.split("lager-arbete")).isEmpty();
        assertThat(splitter.split(null)).isEmpty();
    }

    @Test
    void theSplitWithTheFewestPartsWins() {
        SwedishCompoundSplitter small = splitterOf("sjuk", "vård", "sjukvård", "biträde");
        assertThat(small.split("sjukvårdsbiträde")).containsExactly("sjukvård", "biträde");
    }

    @Test
    void amongSplitsWithEqualPartCountsTheLongestPartsWin() {
        SwedishCompoundSplitter small = splitterOf("hem", "tjänst", "hemt", "jänst");
        assertThat(small.split("hemtjänst")).containsExactly("hem", "tjänst");
    }

    @Test
    void aLexiconWordAsWrittenBeatsOneNeedingALinkingLetter() {
        // "fotbolls" could be fotboll + s; the lexicon has the s-form, so it is taken as written.
        SwedishCompoundSplitter small = splitterOf("fotboll", "fotbolls", "plan");
        assertThat(small.split("fotbollsplan")).containsExactly("fotbolls", "plan");
    }

    @Test
    void aLinkingAOrEIsLeftOutOfTheParts() {
        SwedishCompoundSplitter small = splitterOf("gäst", "bud");
        assertThat(small.split("gästabud")).containsExactly("gäst", "bud");
    }

    @Test
    void partsShorterThanThreeLettersAreNotUsed() {
        SwedishCompoundSplitter small = splitterOf("ek", "bord", "ekbord");
        assertThat(small.split("ekbord")).isEmpty();
    }

    @Test
    void aWordIsCutIntoAtMostFourParts() {
        SwedishCompoundSplitter small = splitterOf("bil", "hus", "tak", "rum", "bod");
        assertThat(small.split("bilhustakrum")).containsExactly("bil", "hus", "tak", "rum");
        assertThat(small.split("bilhustakrumbod")).isEmpty();
    }

    @Test
    void expandAddsThePartsOfEachCompoundAfterIt() {
        assertThat(splitter.expand("Lagerarbete och kundtjänst."))
                .isEqualTo("Lagerarbete lager arbete och kundtjänst kund tjänst");
    }

    @Test
    void expandKeepsWordsThatAreNotCompounds() {
        assertThat(splitter.expand("Plockning, packning 10 h/v")).isEqualTo("Plockning packning 10 h v");
        assertThat(splitter.expand(null)).isEmpty();
    }

    @Test
    void aSearchForLagerarbeteSharesTermsWithASlotThatSaysLagerAndPlockning() {
        Set<String> query = words(splitter.expand("lagerarbete"));
        Set<String> slot = words(splitter.expand("Plockning och packning i vårt lager"));
        assertThat(query).containsAnyElementsOf(slot);
    }

    @Test
    void splittingIsDeterministic() {
        SwedishCompoundSplitter again = ReferenceData.readFromClasspath().compoundSplitter();
        for (String word : List.of("trädgårdsskötsel", "lagerplockning", "köksbiträde", "lokalvård")) {
            assertThat(again.split(word)).as(word).isEqualTo(splitter.split(word));
        }
    }

    private static SwedishCompoundSplitter splitterOf(String... words) {
        return new SwedishCompoundSplitter(SwedishLexicon.of(List.of(words)));
    }

    private static Set<String> words(String text) {
        return Set.copyOf(Arrays.asList(text.toLowerCase().split(" ")));
    }
}
