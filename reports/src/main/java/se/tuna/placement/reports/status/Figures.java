package se.tuna.placement.reports.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** The report's arithmetic, one way for every figure: means and shares with one decimal, rounded half up. */
final class Figures {

    private Figures() {
    }

    /** The mean with one decimal; {@code null} of nothing. */
    static BigDecimal mean(Collection<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        long sum = values.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }

    /** {@code count} as a share of {@code total}, per cent with one decimal; {@code null} when the total is zero. */
    static BigDecimal percent(long count, long total) {
        return total == 0 ? null : BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** A count for every value of the enum, each zero. */
    static <E extends Enum<E>> Map<E, Long> zeros(Class<E> kind) {
        Map<E, Long> counts = new EnumMap<>(kind);
        Arrays.stream(kind.getEnumConstants()).forEach(value -> counts.put(value, 0L));
        return counts;
    }
}
