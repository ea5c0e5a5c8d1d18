package se.tuna.placement.reports.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The audit behind the rule: the rank check ({@link Determination}) and the linear programme ({@link UpperBound}), on systems worked by hand. */
class DisclosureAuditTest {

    @Test
    void maximisesOverTheNonNegativeSolutions() {
        // x + y = 4, y + z = 3: x at most 4 (y = 0, z = 3).
        assertThat(UpperBound.maximise(List.of(new double[] {1, 1, 0}, new double[] {0, 1, 1}), List.of(4.0, 3.0),
                new double[] {1, 0, 0})).isCloseTo(4, within(1e-9));
        // x - y = 2, y + z = 3: x at most 5.
        assertThat(UpperBound.maximise(List.of(new double[] {1, -1, 0}, new double[] {0, 1, 1}), List.of(2.0, 3.0),
                new double[] {1, 0, 0})).isCloseTo(5, within(1e-9));
    }

    @Test
    void aRedundantEquationIsDropped() {
        // The same equation three ways (as tables sharing a total give): x + y = 2.
        assertThat(UpperBound.maximise(List.of(new double[] {1, 1}, new double[] {-1, -1}, new double[] {2, 2}), List.of(2.0, -2.0, 4.0),
                new double[] {0, 1})).isCloseTo(2, within(1e-9));
    }

    @Test
    void nothingBoundsAFigureOnlyAHiddenTotalHolds() {
        // s - x = 3: s hidden, as large as one likes.
        assertThat(UpperBound.maximise(List.of(new double[] {1, -1}), List.of(3.0), new double[] {0, 1})).isInfinite();
        assertThat(UpperBound.maximise(List.of(), List.of(), new double[] {1})).isInfinite();
    }

    @Test
    void aHiddenTotalIsAtLeastItsPrintedCells() {
        // Total 5 and A 3 hidden, B 2 printed: the total is at least 2, with no upper bound.
        FigureSystem system = new FigureSystem(List.of(CountTable.named("t").cell("A", 3).cell("B", 2).build()), List.of());
        boolean[] unknown = new boolean[system.nodes().size()];
        unknown[system.id(Ref.cell("t", "A"))] = true;
        unknown[system.id(Ref.total("t"))] = true;
        assertThat(UpperBound.lowest(system, unknown, system.id(Ref.total("t")))).isCloseTo(2, within(1e-9));
        assertThat(UpperBound.of(system, unknown, system.id(Ref.total("t")))).isInfinite();
        assertThat(UpperBound.lowest(system, unknown, system.id(Ref.cell("t", "A")))).isCloseTo(0, within(1e-9));
    }

    @Test
    void twoRelationsTogetherPinDownWhatNeitherDoesAlone() {
        // Exits (total 6 printed) work, studies, AF, other all hidden; goal "work or studies" = 4 printed.
        CountTable exits = CountTable.named("exits").cell("WORK", 3).cell("STUDIES", 1).cell("AF", 1).cell("OTHER", 1).build();
        CountTable goals = CountTable.named("goals").cell("WORK_OR_STUDIES", 4).totalNotPublished().build();
        FigureSystem system = new FigureSystem(List.of(exits, goals),
                List.of(Link.sumOf(Ref.cell("goals", "WORK_OR_STUDIES"), "exits", "WORK", "STUDIES")));
        boolean[] unknown = new boolean[system.nodes().size()];
        for (String code : List.of("WORK", "STUDIES", "AF", "OTHER")) {
            unknown[system.id(Ref.cell("exits", code))] = true;
        }
        unknown[system.id(Ref.total("goals"))] = true;
        // Neither AF nor work is determined: AF + other = 2, work + studies = 4.
        boolean[] determined = Determination.determined(system, unknown);
        assertThat(determined[system.id(Ref.cell("exits", "AF"))]).isFalse();
        assertThat(determined[system.id(Ref.cell("exits", "WORK"))]).isFalse();
        // But AF is at most 2; with other printed, it is determined.
        assertThat(UpperBound.of(system, unknown, system.id(Ref.cell("exits", "AF")))).isCloseTo(2, within(1e-9));
        unknown[system.id(Ref.cell("exits", "OTHER"))] = false;
        assertThat(Determination.determined(system, unknown)[system.id(Ref.cell("exits", "AF"))]).isTrue();
    }
}
