package se.tuna.placement.catalog.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    @Test
    void loadingFromTheClasspathTwiceSharesOneCopy() {
        assertThat(ReferenceData.loadFromClasspath()).isSameAs(ReferenceData.loadFromClasspath());
    }

    @Test
    void theSplittersLexiconIsBuiltFromTheReferenceData() {
        // "kallskänka" is in no curated list: it comes from SSYK 5120 "Kockar och kallskänkor".
        SwedishCompoundSplitter splitter = ReferenceData.loadFromClasspath().compoundSplitter();
        assertThat(splitter.split("lagerkallskänkor")).containsExactly("lager", "kallskänkor");
    }
}
