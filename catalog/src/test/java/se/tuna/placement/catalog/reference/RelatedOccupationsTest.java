package se.tuna.placement.catalog.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelatedOccupationsTest {

    private final ReferenceData data = ReferenceData.loadFromClasspath();
    private final RelatedOccupations related = data.relatedOccupations();

    @Test
    void aGroupIsRelatedToTheGroupsOfItsSubstitutableNamesStrongestFirst() {
        assertThat(related.relatedTo("4321")).containsExactly(
                new RelatedOccupation("1320", RelatedOccupations.HIGH),
                new RelatedOccupation("4322", RelatedOccupations.HIGH),
                new RelatedOccupation("7231", RelatedOccupations.LOW));
    }

    @Test
    void relatedOccupationsAreSymmetric() {
        for (String code : data.occupations().occupationCodes()) {
            for (RelatedOccupation other : related.relatedTo(code)) {
                assertThat(related.strength(other.ssyk4(), code)).as(other.ssyk4() + " -> " + code)
                        .isEqualTo(other.strength());
            }
        }
    }

    @Test
    void aLinkWrittenInOneDirectionOnlyIsFoundFromBothEnds() {
        // The source lists a 3431 name substituting a 2642 name, never the reverse.
        assertThat(related.strength("3431", "2642")).isPositive();
        assertThat(related.strength("2642", "3431")).isEqualTo(related.strength("3431", "2642"));
    }

    @Test
    void theStrongestLinkBetweenTwoGroupsCounts() {
        // 2431 and 2432 are linked by both high and low pairs of names.
        assertThat(related.strength("2431", "2432")).isEqualTo(RelatedOccupations.HIGH);
    }

    @Test
    void aGroupIsNeverRelatedToItself() {
        // 5312 has names that substitute each other within the group.
        assertThat(related.strength("5312", "5312")).isZero();
        for (String code : data.occupations().occupationCodes()) {
            assertThat(related.relatedTo(code)).extracting(RelatedOccupation::ssyk4).doesNotContain(code);
        }
    }

    @Test
    void unrelatedOrUnknownGroupsHaveStrengthZero() {
        assertThat(related.strength("4321", "2211")).isZero();
        assertThat(related.relatedTo("9999")).isEmpty();
        assertThat(related.strength(null, "4321")).isZero();
    }
}
