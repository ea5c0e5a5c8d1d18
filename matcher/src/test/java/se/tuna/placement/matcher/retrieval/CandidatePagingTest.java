package se.tuna.placement.matcher.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.search.SlotHit;
import se.tuna.placement.matcher.planning.PlanningFixtures;

/**
 * Pages continued with search_after are no snapshot: a write between two pages can move a slot's
 * score across the cursor, so the next page repeats it. A read keeps it once (issue 12, point 1).
 */
class CandidatePagingTest {

    private static SlotHit hit(String id, double score) {
        return new SlotHit(PlanningFixtures.slot(id, "e-" + id), "Arbetsgivare " + id, score, null);
    }

    @Test
    void aSlotRepeatedOnALaterPageIsReadOnce() {
        Set<String> seen = new HashSet<>();
        List<SlotHit> read = new ArrayList<>();
        read.addAll(CandidateRetrieval.unseen(List.of(hit("a", 3.0), hit("b", 2.5), hit("c", 2.0)), seen));
        // "b" scored lower after a write and comes again on the next page.
        read.addAll(CandidateRetrieval.unseen(List.of(hit("b", 1.9), hit("d", 1.8)), seen));

        assertThat(read).extracting(h -> h.slot().id()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aRepeatWithinOnePageIsDroppedToo() {
        List<SlotHit> read = CandidateRetrieval.unseen(List.of(hit("a", 3.0), hit("a", 3.0), hit("b", 1.0)), new HashSet<>());

        assertThat(read).extracting(h -> h.slot().id()).containsExactly("a", "b");
    }
}
