package se.tuna.placement.benchmarks.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.tuna.placement.benchmarks.ranking.RankingMetrics.Ranked;
import se.tuna.placement.benchmarks.ranking.RankingSet.Grade;

/** The benchmark's figures, on lists small enough to reckon by hand. */
class RankingMetricsTest {

    private static final Map<String, Grade> GRADES = Map.of(
            "A", new Grade(3, false, ""), "B", new Grade(2, false, ""), "C", new Grade(0, false, ""),
            "X", new Grade(0, true, "forbidden"));

    @Test
    void theIdealOrderScoresOneAndFindsEveryGoodSlot() {
        RankingMetrics metrics = new RankingMetrics();
        metrics.add("P", List.of(new Ranked("A", 30), new Ranked("B", 20), new Ranked("C", 10)), GRADES);

        assertThat(metrics.ndcgAt3()).isEqualTo(1.0, within(1e-9));
        assertThat(metrics.recallAt10()).isEqualTo(1.0);
        assertThat(metrics.neverSuggested()).isEmpty();
        assertThat(metrics.tiedNeighbours()).isZero();
    }

    @Test
    void aSwappedTopCountsAgainstNdcgAndAForbiddenSuggestionIsReported() {
        RankingMetrics metrics = new RankingMetrics();
        metrics.add("P", List.of(new Ranked("B", 30), new Ranked("X", 30), new Ranked("A", 10)), GRADES);

        // DCG = 3/1 + 0 + 7/2 = 6.5; ideal = 7/1 + 3/log2(3) = 8.893
        assertThat(metrics.ndcgAt3()).isEqualTo(6.5 / (7 + 3 / (Math.log(3) / Math.log(2))), within(1e-9));
        assertThat(metrics.neverSuggested()).extracting(RankingMetrics.Finding::slotId).containsExactly("X");
        assertThat(metrics.tiedNeighbours()).isEqualTo(1);
        assertThat(metrics.listsWithTies()).isEqualTo(1);
    }

    @Test
    void aGoodSlotLeftOutLowersRecall() {
        RankingMetrics metrics = new RankingMetrics();
        metrics.add("P", List.of(new Ranked("A", 30), new Ranked("C", 20)), GRADES);

        assertThat(metrics.recallAt10()).isEqualTo(0.5);
        assertThat(metrics.missed()).extracting(RankingMetrics.Finding::what).containsExactly("grade 2, not suggested");
    }
}
