package se.tuna.placement.catalog.demo;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Picks items at random in proportion to their weights, in logarithmic time. Immutable. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    Weighted(List<T> items, ToDoubleFunction<T> weight) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            double w = weight.applyAsDouble(items.get(i));
            if (!(w > 0)) {
                throw new IllegalArgumentException("weights must be positive, got " + w + " for " + items.get(i));
            }
            sum += w;
            cumulative[i] = sum;
        }
    }

    T pick(SplittableRandom random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, point);
        int index = found >= 0 ? found + 1 : -found - 1;
        return items.get(Math.min(index, items.size() - 1));
    }

    List<T> items() {
        return items;
    }
}
