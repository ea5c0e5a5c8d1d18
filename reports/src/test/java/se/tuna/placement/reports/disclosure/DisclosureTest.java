package se.tuna.placement.reports.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.tuna.placement.reports.disclosure.Figure.Hidden;
import se.tuna.placement.reports.disclosure.Figure.Shown;
import se.tuna.placement.reports.disclosure.Figure.Why;

/** The suppression rule on small hand-made tables whose right answer can be worked out by hand. */
class DisclosureTest {

    private static final Figure SMALL = new Hidden(Why.SMALL);
    private static final Figure PROTECTS = new Hidden(Why.PROTECTS_ANOTHER);

    @Test
    void withTheThresholdOffNothingIsHidden() {
        CountTable phases = table("phases", 8, 1, 0, 26);
        for (int threshold : new int[] {0, 1}) {
            DisclosedTable disclosed = Disclosure.suppress(List.of(phases), List.of(), threshold).get(0);
            assertThat(disclosed.hidesAny()).isFalse();
            assertThat(disclosed.total()).contains(new Shown(35));
        }
    }

    @Test
    void aNegativeThresholdIsRefused() {
        assertThatThrownBy(() -> Disclosure.suppress(List.of(table("phases", 1, 2)), List.of(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingIsHiddenWhenNoCountIsSmall() {
        DisclosedTable disclosed = Disclosure.suppress(List.of(table("phases", 8, 3, 0, 26)), List.of(), 3).get(0);
        assertThat(disclosed.hidesAny()).isFalse();
    }

    @Test
    void smallCountsAreHiddenAndZeroIsShown() {
        // 1 and 2 hidden: the reader gets 3 by subtraction, which is not small, so nothing more is hidden.
        DisclosedTable disclosed = Disclosure.suppress(List.of(table("phases", 1, 2, 10, 0)), List.of(), 3).get(0);
        assertThat(figures(disclosed)).containsExactly(SMALL, SMALL, new Shown(10), new Shown(0));
        assertThat(disclosed.total()).contains(new Shown(13));
    }

    @Test
    void aSingleSmallCellForcesASecondInItsTable() {
        DisclosedTable disclosed = Disclosure.suppress(List.of(table("phases", 8, 6, 1, 26)), List.of(), 3).get(0);
        assertThat(figures(disclosed)).containsExactly(new Shown(8), PROTECTS, SMALL, new Shown(26));
        assertThat(disclosed.total()).contains(new Shown(41));
    }

    @Test
    void theSecondCellIsTheSmallestNonZeroAndTiesGoToTheFirst() {
        assertThat(figures(Disclosure.suppress(List.of(table("t", 1, 5, 4, 9)), List.of(), 3).get(0)))
                .containsExactly(SMALL, new Shown(5), PROTECTS, new Shown(9));
        assertThat(figures(Disclosure.suppress(List.of(table("t", 9, 4, 1, 4)), List.of(), 3).get(0)))
                .containsExactly(new Shown(9), PROTECTS, SMALL, new Shown(4));
        // A hidden zero would leave the 1 to be worked out as total less the rest: not chosen.
        assertThat(figures(Disclosure.suppress(List.of(table("t", 1, 0, 4, 9)), List.of(), 3).get(0)))
                .containsExactly(SMALL, new Shown(0), PROTECTS, new Shown(9));
    }

    @Test
    void aHiddenSumThatIsStillSmallHidesMore() {
        // Threshold 5: the two 1s are hidden, but the total less the rest gives their sum, 2: small. The 7 joins them.
        DisclosedTable disclosed = Disclosure.suppress(List.of(table("t", 1, 1, 7, 20)), List.of(), 5).get(0);
        assertThat(figures(disclosed)).containsExactly(SMALL, SMALL, PROTECTS, new Shown(20));
        assertThat(disclosed.total()).contains(new Shown(29));
    }

    @Test
    void aSmallCellInATableWithoutAPublishedTotalHidesNothingElse() {
        CountTable goals = CountTable.named("goals").cell("AF", 1).cell("WORK_OR_STUDIES", 9).totalNotPublished().build();
        DisclosedTable disclosed = Disclosure.suppress(List.of(goals), List.of(), 3).get(0);
        assertThat(figures(disclosed)).containsExactly(SMALL, new Shown(9));
        assertThat(disclosed.total()).isEmpty();
    }

    @Test
    void aSmallSharedTotalIsHiddenInEveryTableWithItsNonZeroCells() {
        List<DisclosedTable> disclosed = Disclosure.suppress(
                List.of(table("phases", 2, 0), table("genders", 1, 1), table("compensations", 0, 2, 0)),
                List.of(Link.sameTotal("phases", "genders", "compensations")), 3);
        assertThat(disclosed).allSatisfy(table -> assertThat(table.total()).contains(SMALL));
        assertThat(figures(disclosed.get(0))).containsExactly(SMALL, new Shown(0));
        assertThat(figures(disclosed.get(1))).containsExactly(SMALL, SMALL);
        assertThat(figures(disclosed.get(2))).containsExactly(new Shown(0), SMALL, new Shown(0));
    }

    @Test
    void tablesSharingATotalEachProtectTheirOwnSmallCells() {
        // Active 14 by phase and by gender: the small phase takes a second phase; the genders, none small, stay.
        List<DisclosedTable> disclosed = Disclosure.suppress(List.of(table("phases", 1, 13), table("genders", 8, 6)),
                List.of(Link.sameTotal("phases", "genders")), 3);
        assertThat(figures(disclosed.get(0))).containsExactly(SMALL, PROTECTS);
        assertThat(disclosed.get(0).total()).contains(new Shown(14));
        assertThat(disclosed.get(1).hidesAny()).isFalse();
    }

    @Test
    void aSmallCellInsideAGoalCountIsProtectedInsideIt() {
        // Threshold 3. Exits: work 1 (small), studies 30, AF 4, other 20; goals: work or studies 31, AF 4.
        // The cheapest partner in the exits table is AF 4, but then "goal AF = AF" takes the goal's 4 and
        // "work or studies 31 = work + studies" still gives work: studies goes as well (38 in all). Studies
        // alone protects work in both relations (30): looking ahead, it is chosen.
        List<DisclosedTable> disclosed = Disclosure.suppress(List.of(exits(1, 30, 4, 20), goals(31, 4)), goalLinks(), 3);
        assertThat(figures(disclosed.get(0))).containsExactly(SMALL, PROTECTS, new Shown(4), new Shown(20));
        assertThat(disclosed.get(0).total()).contains(new Shown(55));
        assertThat(disclosed.get(1).hidesAny()).isFalse();
    }

    @Test
    void aGoalCountIsHiddenWhenThatCostsLeast() {
        // Threshold 3. Exits: work 3, studies 1, AF 1, other 1 (total 6); goals: work or studies 4, AF 1.
        // "Work or studies 4" less work 3 gives studies: work (3) or the goal (4) must go. Work would leave
        // 6 - 4 = AF + other = 2, so AF no more than 2, and the goal would have to go too (7 in all).
        List<DisclosedTable> disclosed = Disclosure.suppress(List.of(exits(3, 1, 1, 1), goals(4, 1)), goalLinks(), 3);
        assertThat(figures(disclosed.get(0))).containsExactly(new Shown(3), SMALL, SMALL, SMALL);
        assertThat(disclosed.get(0).total()).contains(new Shown(6));
        assertThat(figures(disclosed.get(1))).containsExactly(PROTECTS, SMALL);
    }

    @Test
    void aCountPinnedDownByTwoRelationsTogetherHidesMore() {
        // Threshold 3. Exits: work 1, studies 2, AF 1 (all small), other 10; goals: work or studies 3, AF 1.
        // Every relation alone is safe (three hidden exits, 4 between them; work + studies = 3), but
        // 14 - 10 - 3 gives AF alone. The goal's 3, the cheapest figure that stops it, is hidden.
        List<DisclosedTable> disclosed = Disclosure.suppress(List.of(exits(1, 2, 1, 10), goals(3, 1)), goalLinks(), 3);
        assertThat(figures(disclosed.get(0))).containsExactly(SMALL, SMALL, SMALL, new Shown(10));
        assertThat(disclosed.get(0).total()).contains(new Shown(14));
        assertThat(figures(disclosed.get(1))).containsExactly(PROTECTS, SMALL);
    }

    @Test
    void aCountBoundedBelowTheThresholdByTwoRelationsTogetherHidesMore() {
        // Threshold 3. Exits: work 1, studies 2, AF 1, other 1 (all small), rest 20 (total 25); goal: work or studies 3.
        // Nothing is pinned down, but 25 - 20 - 3 = AF + other = 2: AF is at most 2, so a reader knows it is
        // small. Hiding the goal's 3 lifts the bound to 5.
        CountTable exits = CountTable.named("exits").cell("WORK", 1).cell("STUDIES", 2).cell("AF", 1).cell("OTHER", 1).cell("REST", 20).build();
        CountTable goals = CountTable.named("goals").cell("WORK_OR_STUDIES", 3).totalNotPublished().build();
        List<DisclosedTable> disclosed = Disclosure.suppress(List.of(exits, goals),
                List.of(Link.sumOf(Ref.cell("goals", "WORK_OR_STUDIES"), "exits", "WORK", "STUDIES")), 3);
        assertThat(figures(disclosed.get(0))).containsExactly(SMALL, SMALL, SMALL, SMALL, new Shown(20));
        assertThat(disclosed.get(0).total()).contains(new Shown(25));
        assertThat(figures(disclosed.get(1))).containsExactly(PROTECTS);
    }

    @Test
    void aCountHiddenToProtectAnotherIsNotLeftToBeWorkedOutEither() {
        // Threshold 4. Cells A 5, B 1, C 4 (total 10); printed sums A + B = 6 and A + C = 9.
        // Hiding A, C and the sum A + C satisfies every relation alone, but leaves C = 10 - 6, not small,
        // yet worked out exactly. The total and A + B are hidden instead: nothing can be worked out.
        CountTable cells = CountTable.named("cells").cell("A", 5).cell("B", 1).cell("C", 4).build();
        CountTable sums = CountTable.named("sums").cell("AB", 6).cell("AC", 9).totalNotPublished().build();
        List<DisclosedTable> disclosed = Disclosure.suppress(List.of(cells, sums),
                List.of(Link.sumOf(Ref.cell("sums", "AB"), "cells", "A", "B"), Link.sumOf(Ref.cell("sums", "AC"), "cells", "A", "C")), 4);
        assertThat(figures(disclosed.get(0))).containsExactly(new Shown(5), SMALL, new Shown(4));
        assertThat(disclosed.get(0).total()).contains(PROTECTS);
        assertThat(figures(disclosed.get(1))).containsExactly(PROTECTS, new Shown(9));
    }

    @Test
    void aHiddenSharedTotalTakesACellInEveryTableThatSharesIt() {
        // As above, with a second table X 6, Y 4 sharing the total 10 (printed with the first). Once the total
        // is hidden, the second table's cells would give it back: its smaller cell, Y 4, is hidden too.
        CountTable cells = CountTable.named("cells").cell("A", 5).cell("B", 1).cell("C", 4).build();
        CountTable sums = CountTable.named("sums").cell("AB", 6).cell("AC", 9).totalNotPublished().build();
        CountTable other = CountTable.named("other").cell("X", 6).cell("Y", 4).totalNotPublished().build();
        List<DisclosedTable> disclosed = Disclosure.suppress(List.of(cells, sums, other), List.of(Link.sameTotal("cells", "other"),
                Link.sumOf(Ref.cell("sums", "AB"), "cells", "A", "B"), Link.sumOf(Ref.cell("sums", "AC"), "cells", "A", "C")), 4);
        assertThat(disclosed.get(0).total()).contains(PROTECTS);
        assertThat(figures(disclosed.get(2))).containsExactly(new Shown(6), PROTECTS);
        assertThat(disclosed.get(2).total()).isEmpty();
    }

    @Test
    void aDerivedSumWhoseCellsAreHiddenTogetherStaysShown() {
        // Work 1 takes studies 5 (smallest) in the exits table; the goal's 6 is then a sum of two hidden cells, not small.
        List<DisclosedTable> disclosed = Disclosure.suppress(List.of(exits(1, 5, 8, 20), goals(6, 8)), goalLinks(), 3);
        assertThat(figures(disclosed.get(0))).containsExactly(SMALL, PROTECTS, new Shown(8), new Shown(20));
        assertThat(disclosed.get(1).hidesAny()).isFalse();
    }

    @Test
    void aSumOfCellsThatDoesNotAddUpIsRefused() {
        assertThatThrownBy(() -> Disclosure.suppress(List.of(exits(1, 5, 8, 20), goals(7, 8)), goalLinks(), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goals.WORK_OR_STUDIES");
    }

    @Test
    void aSumOfItselfOrOfACellTwiceIsRefused() {
        assertThatThrownBy(() -> Disclosure.suppress(List.of(exits(1, 5, 8, 20)),
                List.of(Link.sumOf(Ref.cell("exits", "OTHER"), "exits", "OTHER")), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Disclosure.suppress(List.of(exits(1, 5, 8, 20), goals(6, 8)),
                List.of(Link.sumOf(Ref.cell("goals", "AF"), "exits", "AF", "AF")), 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tablesSharingATotalMustCountTheSame() {
        assertThatThrownBy(() -> Disclosure.suppress(List.of(table("phases", 1, 13), table("genders", 8, 7)),
                List.of(Link.sameTotal("phases", "genders")), 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEnumKeyedTableHasEveryConstantInOrder() {
        Map<Thread.State, Long> counts = new LinkedHashMap<>();
        counts.put(Thread.State.WAITING, 2L);
        CountTable table = CountTable.named("states").cells(Thread.State.class, counts).build();
        assertThat(table.cells()).extracting(CountTable.Cell::code)
                .containsExactly("NEW", "RUNNABLE", "BLOCKED", "WAITING", "TIMED_WAITING", "TERMINATED");
        assertThat(table.count("WAITING")).isEqualTo(2);
        assertThat(table.total()).isEqualTo(2);
    }

    private static CountTable exits(long work, long studies, long af, long other) {
        return CountTable.named("exits").cell("WORK", work).cell("STUDIES", studies).cell("AF", af).cell("OTHER", other).build();
    }

    private static CountTable goals(long workOrStudies, long af) {
        return CountTable.named("goals").cell("WORK_OR_STUDIES", workOrStudies).cell("AF", af).totalNotPublished().build();
    }

    private static List<Link> goalLinks() {
        return List.of(Link.sumOf(Ref.cell("goals", "WORK_OR_STUDIES"), "exits", "WORK", "STUDIES"),
                Link.sumOf(Ref.cell("goals", "AF"), "exits", "AF"));
    }

    private static CountTable table(String name, long... counts) {
        CountTable.Builder builder = CountTable.named(name);
        for (int i = 0; i < counts.length; i++) {
            builder.cell("C" + i, counts[i]);
        }
        return builder.build();
    }

    private static List<Figure> figures(DisclosedTable table) {
        return table.cells().stream().map(DisclosedTable.DisclosedCell::figure).toList();
    }
}
