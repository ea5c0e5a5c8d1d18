package se.tuna.placement.catalog.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random numbers for the demo bank. Every employer and every slot has its own generator, seeded from the bank's
 * seed, a stream number and its index, so the output depends on nothing but the seed and the sizes.
 */
final class DemoRandom {

    static final long EMPLOYERS = 0x45_4D50_4C4FL;
    static final long SLOTS = 0x534C_4F54L;

    private DemoRandom() {
    }

    static SplittableRandom forItem(long seed, long stream, int index) {
        return new SplittableRandom(mix(mix(seed ^ mix(stream)) + index));
    }

    static <T> T anyOf(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    /** An int from {@code values} with the matching relative {@code weights}. */
    static int weightedInt(int[] values, int[] weights, SplittableRandom random) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int point = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    static boolean chance(double probability, SplittableRandom random) {
        return random.nextDouble() < probability;
    }

    /** The SplitMix64 finaliser: spreads neighbouring inputs over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
