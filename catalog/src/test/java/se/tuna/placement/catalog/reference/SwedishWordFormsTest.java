package se.tuna.placement.catalog.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Base forms that both sides of an interest match share (issue 12, point 5). */
class SwedishWordFormsTest {

    private static final SwedishWordForms FORMS = ReferenceData.loadFromClasspath().wordForms();

    @Test
    void irregularFormsOfMuseumMeet() {
        assertThat(List.of("museer", "Musei", "museet", "museets", "museum"))
                .allSatisfy(word -> assertThat(FORMS.baseForm(word)).isEqualTo("museum"));
    }

    @Test
    void anEndingComesOffWhenALexiconWordIsLeft() {
        assertThat(FORMS.baseForm("Återbruket")).isEqualTo("återbruk");
        assertThat(FORMS.baseForm("återbruks")).isEqualTo("återbruk");
        assertThat(FORMS.baseForm("arbetet")).isEqualTo("arbete");
    }

    @Test
    void theDroppedEOfAnErNounIsPutBack() {
        assertThat(FORMS.baseForm("lagret")).isEqualTo("lager");
        assertThat(FORMS.baseForm("lagren")).isEqualTo("lager");
        assertThat(FORMS.baseForm("lager")).isEqualTo("lager");
    }

    @Test
    void aNounMadeFromAVerbMeetsTheVerb() {
        SwedishWordForms forms = new SwedishWordForms(SwedishLexicon.of(List.of("baka", "sorterar", "odla")), Map.of());
        assertThat(forms.baseForm("bakning")).isEqualTo("baka");
        assertThat(forms.baseForm("sortering")).isEqualTo("sortera");
        assertThat(forms.baseForm("odling")).isEqualTo("odla");
        assertThat(forms.baseForm("tidning")).isEqualTo("tidning");
    }

    @Test
    void aWordWithNoKnownBaseStaysAsItIs() {
        SwedishWordForms forms = new SwedishWordForms(SwedishLexicon.of(List.of("hund")), Map.of());
        assertThat(forms.baseForm("hundarna")).isEqualTo("hund");
        assertThat(forms.baseForm("kattorna")).isEqualTo("kattorna");
    }

    @Test
    void theDomainStopListIsReadWithTheHandAndDerivedWords() {
        assertThat(ReferenceData.loadFromClasspath().domainStopWords().words())
                .contains("arbeta", "uppgift", "gärna", "vill", "prova", "olika", "ordning")
                .doesNotContain("lager", "packning", "städning");
    }
}
