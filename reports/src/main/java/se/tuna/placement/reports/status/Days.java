package se.tuna.placement.reports.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/**
 * A number of days measured for each of several participants (days waiting, days from ready to a
 * study visit…), summed up: how many were measured, the median, the 90th percentile and the
 * longest. With none measured, only the count (zero) is given.
 *
 * @param count   how many were measured
 * @param median  the middle value; with an even count, the mean of the two middle ones (one decimal)
 * @param p90     the 90th percentile by nearest rank: the smallest value at least 90 % of them are at or below
 * @param longest the largest
 */
public record Days(int count, BigDecimal median, Integer p90, Integer longest) {

    public static final Days NONE = new Days(0, null, null, null);

    /** The summary of these measurements. */
    public static Days of(Collection<Integer> days) {
        if (days.isEmpty()) {
            return NONE;
        }
        List<Integer> sorted = days.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal median = BigDecimal.valueOf((long) sorted.get((n - 1) / 2) + sorted.get(n / 2))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        int rank = (9 * n + 9) / 10; // ⌈0.9·n⌉ in whole numbers, free of floating-point error
        return new Days(n, median, sorted.get(rank - 1), sorted.get(n - 1));
    }
}
