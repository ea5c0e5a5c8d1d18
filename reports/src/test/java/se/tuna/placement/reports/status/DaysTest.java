package se.tuna.placement.reports.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The median is the middle value (the mean of the two middle ones for an even count); the 90th percentile is by nearest rank. */
class DaysTest {

    @Test
    void noneMeasuredGivesOnlyTheCount() {
        assertThat(Days.of(List.of())).isEqualTo(new Days(0, null, null, null));
    }

    @Test
    void anOddCountHasItsMiddleValueAndAnEvenCountTheMeanOfTheTwo() {
        assertThat(Days.of(List.of(30, 2, 7))).isEqualTo(new Days(3, new BigDecimal("7.0"), 30, 30));
        assertThat(Days.of(List.of(4, 1, 10, 3))).isEqualTo(new Days(4, new BigDecimal("3.5"), 10, 10));
    }

    @Test
    void theNinetiethPercentileIsTheValueAtRankTheCeilingOfNinetyPerCentOfTheCount() {
        // 1…10: rank ⌈9⌉ = 9; 1…20: rank 18; 1…11: rank ⌈9.9⌉ = 10; 1…30: rank 27.
        assertThat(Days.of(upTo(10)).p90()).isEqualTo(9);
        assertThat(Days.of(upTo(20)).p90()).isEqualTo(18);
        assertThat(Days.of(upTo(11)).p90()).isEqualTo(10);
        assertThat(Days.of(upTo(30)).p90()).isEqualTo(27);
        assertThat(Days.of(List.of(5)).p90()).isEqualTo(5);
    }

    private static List<Integer> upTo(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }
}
