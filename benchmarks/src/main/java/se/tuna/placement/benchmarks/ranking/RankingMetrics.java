package se.tuna.placement.benchmarks.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.tuna.placement.benchmarks.ranking.RankingSet.Grade;

/**
 * The figures of the judged ranking benchmark, from each participant's suggestions (best first) and the
 * coordinator's grades: "never" pairs suggested, nDCG@3 (gain 2^grade − 1, discount log2(rank + 1), against the
 * best order of the participant's graded slots), recall@10 of the slots graded 2 or 3, and ties (neighbours in a
 * list with the same score).
 */
final class RankingMetrics {

    /** One suggested slot: its id and the score it was ranked by. */
    record Ranked(String slotId, long score) {
    }

    /** A pair the harness reports by name: a "never" suggested, or a good slot missing from the top 10. */
    record Finding(String participantId, String slotId, String what) {
    }

    private final List<Finding> neverSuggested = new ArrayList<>();
    private final List<Finding> missed = new ArrayList<>();
    private double ndcgSum;
    private int ndcgCount;
    private int goodFound;
    private int goodTotal;
    private int tiedNeighbours;
    private int listsWithTies;
    private int suggestions;

    /** Adds one participant's list. */
    void add(String participantId, List<Ranked> ranked, Map<String, Grade> grades) {
        suggestions += ranked.size();
        for (int i = 0; i < ranked.size(); i++) {
            Grade grade = grades.get(ranked.get(i).slotId());
            if (grade != null && grade.never()) {
                neverSuggested.add(new Finding(participantId, ranked.get(i).slotId(), "rank " + (i + 1) + ": " + grade.reason()));
            }
        }
        double ideal = dcg(grades.values().stream().filter(g -> !g.never()).map(Grade::value)
                .sorted((a, b) -> b - a).limit(3).toList());
        if (ideal > 0) {
            ndcgSum += dcg(ranked.stream().limit(3).map(r -> gradeOf(grades, r.slotId())).toList()) / ideal;
            ndcgCount++;
        }
        List<String> top = ranked.stream().limit(10).map(Ranked::slotId).toList();
        grades.forEach((slotId, grade) -> {
            if (!grade.never() && grade.value() >= 2) {
                goodTotal++;
                if (top.contains(slotId)) {
                    goodFound++;
                } else {
                    int at = indexOf(ranked, slotId);
                    missed.add(new Finding(participantId, slotId, "grade " + grade.value() + ", "
                            + (at < 0 ? "not suggested" : "rank " + (at + 1))));
                }
            }
        });
        int ties = 0;
        for (int i = 1; i < ranked.size(); i++) {
            if (ranked.get(i).score() == ranked.get(i - 1).score()) {
                ties++;
            }
        }
        tiedNeighbours += ties;
        listsWithTies += ties > 0 ? 1 : 0;
    }

    List<Finding> neverSuggested() {
        return neverSuggested;
    }

    List<Finding> missed() {
        return missed;
    }

    double ndcgAt3() {
        return ndcgCount == 0 ? 0 : ndcgSum / ndcgCount;
    }

    double recallAt10() {
        return goodTotal == 0 ? 1 : (double) goodFound / goodTotal;
    }

    int goodFound() {
        return goodFound;
    }

    int goodTotal() {
        return goodTotal;
    }

    int tiedNeighbours() {
        return tiedNeighbours;
    }

    int listsWithTies() {
        return listsWithTies;
    }

    int suggestions() {
        return suggestions;
    }

    private static int gradeOf(Map<String, Grade> grades, String slotId) {
        Grade grade = grades.get(slotId);
        return grade == null || grade.never() ? 0 : grade.value();
    }

    private static double dcg(List<Integer> gains) {
        double sum = 0;
        for (int i = 0; i < gains.size(); i++) {
            sum += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    private static int indexOf(List<Ranked> ranked, String slotId) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).slotId().equals(slotId)) {
                return i;
            }
        }
        return -1;
    }
}
